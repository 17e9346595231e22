/**
 * Milliseconds ↔ pixels for one draw. Rebuilt on every pan/zoom (it is two numbers),
 * so nothing holds a stale scale.
 */
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
}

/**
 * A linear time scale.
 * @example
 *   const s = timeScale([0, 1000], [0, 500]);
 *   s.x(250);   // 125
 *   s.ms(125);  // 250
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
  };
}

/** "1,250 ms", "0.25 ms": in ms (the unit the scenario is written in), with only the decimals the tick step needs. */
export function formatMs(ms: number, step = 1): string {
  return formatTime(ms, step, 'ms');
}

/** A time axis's units: ms, or seconds where a long run's labels in ms would crowd a narrow axis. */
export type TimeUnit = 'ms' | 's';

/** `ms` written in `unit` ("2.5 s"), with only the decimals a tick step of `stepMs` needs. */
export function formatTime(ms: number, stepMs: number, unit: TimeUnit): string {
  const per = unit === 's' ? 1000 : 1;
  const step = stepMs / per;
  const decimals = step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
  return `${numberFormat(decimals, true).format(ms / per)} ${unit}`;
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
