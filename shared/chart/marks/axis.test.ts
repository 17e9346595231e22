import { describe, expect, it } from 'vitest';
import { timeScale } from '../timeScale';
import { textWidth } from '../textFit';
import { AXIS_FONT, axisNodes, EXPORT_AXIS } from './axis';

// Spans from a sub-millisecond zoom to a thirty-second run; widths from a narrow chart to a projector.
const SPANS = [0.37, 1, 7, 50, 120, 200, 218, 300, 999, 1000, 1234, 4321, 28_500, 30_000, 123_456];
const WIDTHS = [220, 300, 420, 560, 640, 700, 830, 1000, 1322, 1600];
/** A 480 px export's plot, from the narrowest label column to the widest. */
const NARROW = [230, 250, 260, 269, 300, 342, 420];
const FONTS = [AXIS_FONT, AXIS_FONT * 1.75];

const axis = (span: number, width: number, font = AXIS_FONT, start = 0) => {
  const nodes = axisNodes(timeScale([start, start + span], [0, width]), 'light', { font, height: 36 * (font / AXIS_FONT) });
  const ticks = nodes.filter((n) => n.key?.startsWith('tick')).map((n) => Number(n.attrs!.x1));
  const labels = nodes.filter((n) => n.tag === 'text').map((n) => ({ x: Number(n.attrs!.x), text: n.text! }));
  return { ticks, labels };
};
const texts = (span: number, width: number, start = 0) => axis(span, width, AXIS_FONT, start).labels.map((l) => l.text);
/** The labels' times in ms: bare numbers count in the unit the last label names. */
const valuesMs = (labels: readonly string[]) => {
  const per = labels.at(-1)?.endsWith(' s') ? 1000 : 1;
  return labels.map((l) => Number(l.replace(/[, ms]/g, '')) * per);
};
const everyAxis = function* () {
  for (const span of SPANS) for (const width of [...NARROW, ...WIDTHS]) for (const font of FONTS) for (const start of [0, 1_234.5]) {
    yield { span, width, font, start, at: `${span} ms from ${start} over ${width} px at ${font} px` };
  }
};

describe('the time axis, one rule for the live chart and the export', () => {
  it('is the export\'s axis at the export\'s size', () => {
    const exported = axisNodes(timeScale([0, 1002], [0, 260]), 'light', EXPORT_AXIS).filter((n) => n.tag === 'text').map((n) => n.text);
    expect(exported).toEqual(texts(1002, 260));
  });

  it('labels every tick: no value is skipped', () => {
    for (const { span, width, font, start, at } of everyAxis()) {
      const { ticks, labels } = axis(span, width, font, start);
      expect(labels.length, at).toBe(ticks.length);
    }
  });

  it('keeps labels apart (12 px at the normal size) and inside the axis, the edge labels pulled in included', () => {
    for (const { span, width, font, start, at } of everyAxis()) {
      const boxes = axis(span, width, font, start).labels.map((l) => ({ left: l.x - textWidth(l.text, font) / 2, right: l.x + textWidth(l.text, font) / 2 }));
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left - boxes[i - 1]!.right, at).toBeGreaterThanOrEqual(12 * (font / AXIS_FONT) - 1e-9);
      for (const b of boxes) { expect(b.left, at).toBeGreaterThanOrEqual(0); expect(b.right, at).toBeLessThanOrEqual(width); }
    }
  });

  it('puts ticks at round values (1, 2, 2.5 or 5 × 10ⁿ apart), evenly spaced, inside the window', () => {
    for (const { span, width, font, start, at } of everyAxis()) {
      const scale = timeScale([start, start + span], [0, width]);
      const values = valuesMs(axis(span, width, font, start).labels.map((l) => l.text));
      if (values.length < 2) continue;
      const step = values[1]! - values[0]!;
      const mantissa = Math.round(step / 10 ** Math.floor(Math.log10(step) + 1e-9) * 1e6) / 1e6;
      expect([1, 2, 2.5, 5], `${at}: step ${step}`).toContain(mantissa);
      for (let i = 1; i < values.length; i++) expect(values[i]! - values[i - 1]!, at).toBeCloseTo(step, 6);
      expect(scale.x(values[0]!), at).toBeGreaterThanOrEqual(-1e-6);
      expect(scale.x(values.at(-1)!), at).toBeLessThanOrEqual(width + 1e-6);
    }
  });

  it('says its unit on every label or on the last one only, and then has at most seven labels', () => {
    for (const { span, width, font, start, at } of everyAxis()) {
      const labels = axis(span, width, font, start).labels.map((l) => l.text);
      if (labels.every((l) => l.endsWith(' ms'))) continue;
      expect(labels.slice(0, -1).some((l) => / m?s$/.test(l)), `${at}: ${labels.join(', ')}`).toBe(false);
      expect(labels.at(-1), at).toMatch(/ m?s$/);
      expect(labels.length, at).toBeLessThanOrEqual(7);
    }
  });

  it('keeps ticks round and whole when zoomed into the middle of a run', () => {
    expect(texts(137, 640, 1_234.5)).toEqual(['1,250 ms', '1,275 ms', '1,300 ms', '1,325 ms', '1,350 ms']);
  });

  it('keeps whole labels wherever they give four ticks or more', () => {
    expect(texts(1000, 800).every((t) => t.endsWith(' ms'))).toBe(true);
    // The app's chart at 1024 px wide: a 1,000 ms run over its 360 px plot.
    expect(texts(1000, 360)).toEqual(['0 ms', '250 ms', '500 ms', '750 ms']);
  });

  it('gives a 480 px diagram\'s plot four to six ticks, the unit on the last: a blocking call of 200 ms reads off it', () => {
    // At 480 px the plot is about 260 px: whole labels gave "0 ms, 500 ms, 1,000 ms" for five 200 ms calls.
    expect(texts(1002, 260)).toEqual(['0', '200', '400', '600', '800 ms']);
    // Quarter steps where 50s were too coarse and 20s too many.
    expect(texts(130, 269)).toEqual(['0', '25', '50', '75', '100 ms']);
    expect(texts(554, 260)).toEqual(['0', '100', '200', '300', '400 ms']);
  });

  it('counts seconds where whole milliseconds leave a long run fewer than four ticks', () => {
    // Thread-pool exhaustion's 30 s async def chart at 480 px read "0, 10,000, 20,000 ms".
    expect(texts(30_000, 260)).toEqual(['0', '5', '10', '15', '20', '25 s']);
    expect(texts(30_050, 260)).toEqual(['0', '10', '20', '30 s']);
    // As many ticks in seconds as in bare ms: seconds, not "0, 10,000, 20,000, 30,000 ms" (the app's chart at 1024 px).
    expect(texts(30_000, 385)).toEqual(['0', '5', '10', '15', '20', '25', '30 s']);
    expect(texts(6_000, 385, 12_000)).toEqual(['12', '13', '14', '15', '16', '17', '18 s']);
    // Where whole labels in milliseconds give four, they stay.
    expect(texts(30_000, 1000).every((t) => t.endsWith(' ms'))).toBe(true);
  });

  it('labels eleven ticks at most, however wide the chart', () => {
    // A 1920 px export of a 185 ms run labelled every 10 ms: nineteen labels.
    expect(texts(185, 1340)).toEqual(['0 ms', '20 ms', '40 ms', '60 ms', '80 ms', '100 ms', '120 ms', '140 ms', '160 ms', '180 ms']);
    for (const span of SPANS) for (const width of [1000, 1340, 1600, 2400, 4000]) expect(texts(span, width).length, `${span} ms over ${width} px`).toBeLessThanOrEqual(11);
    // Twelve ticks 20 ms apart are too many; the next step is 25 ms, not 50 ms (five ticks).
    expect(texts(235, 1340)).toEqual(['0 ms', '25 ms', '50 ms', '75 ms', '100 ms', '125 ms', '150 ms', '175 ms', '200 ms', '225 ms']);
  });

  it('has four ticks or more wherever five of its widest labels fit', () => {
    for (const span of SPANS) for (const width of [...NARROW, ...WIDTHS]) {
      const labels = texts(span, width);
      const widest = Math.max(...labels.map((l) => textWidth(l, AXIS_FONT)));
      if (width < 5 * (widest + 12)) continue;
      expect(labels.length, `${span} ms over ${width} px: ${labels.join(', ')}`).toBeGreaterThanOrEqual(4);
    }
  });
});
