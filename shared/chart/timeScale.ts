/**
 * Milliseconds ↔ pixels for one draw. Rebuilt on every pan/zoom (it is two numbers),
 * so nothing holds a stale scale.
 */
import { ticks as d3Ticks, tickStep } from 'd3-array';

export interface TimeTick {
  ms: number;
  label: string;
}

export interface TimeScale {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** Pixels per millisecond. */
  readonly k: number;
  x: (ms: number) => number;
  ms: (px: number) => number;
  /** Round ticks (1, 2 or 5 × 10ⁿ ms apart), evenly spaced, at least `minSpacingPx` pixels apart. */
  ticks: (minSpacingPx?: number) => TimeTick[];
}

/**
 * A linear time scale.
 * @example
 *   const s = timeScale([0, 1000], [0, 500]);
 *   s.x(250);   // 125
 *   s.ms(125);  // 250
 *   s.ticks();  // [{ms: 0, label: '0 ms'}, {ms: 200, label: '200 ms'}, …]
 */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 > d0 ? (r1 - r0) / (d1 - d0) : 1;
  return {
    domain: [d0, d1],
    range: [r0, r1],
    k,
    x: (ms) => r0 + (ms - d0) * k,
    ms: (px) => d0 + (px - r0) / k,
    ticks(minSpacingPx = 110) {
      let count = Math.max(1, Math.floor(Math.abs(r1 - r0) / minSpacingPx));
      // d3 rounds the step to 1, 2 or 5 × 10ⁿ, down as well as up: fewer ticks until they are far enough apart.
      while (count > 1 && Math.abs(tickStep(d0, d1, count) * k) < minSpacingPx) count--;
      const step = tickStep(d0, d1, count);
      return d3Ticks(d0, d1, count).map((ms) => ({ ms, label: formatMs(ms, step) }));
    },
  };
}

/** "1,250 ms", "0.25 ms": always ms (the unit the scenario is written in), with only the decimals the tick step needs. */
export function formatMs(ms: number, step = 1): string {
  const decimals = step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
  return `${numberFormat(decimals, true).format(ms)} ms`;
}

// toLocaleString builds a formatter per call (slow on every frame); keep one per precision.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(decimals: number, fixed: boolean): Intl.NumberFormat {
  const key = `${decimals}${fixed}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: fixed ? decimals : 0, maximumFractionDigits: decimals });
    formats.set(key, format);
  }
  return format;
}

/** A duration for tooltips: "12.5 ms", "0.003 ms". */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0 ms';
  const decimals = ms >= 100 ? 0 : ms >= 1 ? 2 : 3;
  return `${numberFormat(decimals, false).format(ms)} ms`;
}
