import { describe, expect, it } from 'vitest';
import { timeScale } from '../timeScale';
import { textWidth } from '../textFit';
import { AXIS_FONT, axisNodes, EXPORT_AXIS } from './axis';

// Spans from a sub-millisecond zoom to a thirty-second run; widths from a narrow chart to a projector.
const SPANS = [0.37, 1, 7, 50, 120, 200, 218, 300, 999, 1000, 1234, 4321, 28_500, 30_000, 123_456];
const WIDTHS = [220, 300, 420, 560, 640, 700, 830, 1000, 1322, 1600];
const FONTS = [AXIS_FONT, AXIS_FONT * 1.75];

const axis = (span: number, width: number, font: number, start = 0) => {
  const nodes = axisNodes(timeScale([start, start + span], [0, width]), 'light', { font, height: 36 * (font / AXIS_FONT) });
  const ticks = nodes.filter((n) => n.key?.startsWith('tick')).map((n) => Number(n.attrs!.x1));
  const labels = nodes.filter((n) => n.tag === 'text').map((n) => ({ x: Number(n.attrs!.x), text: n.text! }));
  return { ticks, labels };
};

describe('the time axis', () => {
  it('labels every tick: no value is skipped', () => {
    for (const span of SPANS) for (const width of WIDTHS) for (const font of FONTS) {
      const { ticks, labels } = axis(span, width, font);
      expect(labels.length, `${span} ms over ${width} px at ${font} px`).toBe(ticks.length);
    }
  });

  it('puts ticks at round values (1, 2 or 5 × 10ⁿ ms apart), evenly spaced, at least two where four labels fit', () => {
    for (const span of SPANS) for (const width of WIDTHS) for (const font of FONTS) {
      if (width < 4 * textWidth('10,000 ms', font)) continue;
      const scale = timeScale([0, span], [0, width]);
      const { labels } = axis(span, width, font);
      const values = labels.map((l) => Number(l.text.replace(/[, ms]/g, '')));
      expect(values.length, `${span} ms over ${width} px`).toBeGreaterThanOrEqual(2);
      const step = values[1]! - values[0]!;
      const mantissa = Math.round(step / 10 ** Math.floor(Math.log10(step) + 1e-9) * 1e6) / 1e6;
      expect([1, 2, 5], `step ${step}`).toContain(mantissa);
      for (let i = 1; i < values.length; i++) expect(values[i]! - values[i - 1]!).toBeCloseTo(step, 6);
      expect(scale.x(values[0]!)).toBeGreaterThanOrEqual(0);
    }
  });

  it('keeps labels apart (12 px at the normal size), the edge labels pulled inside included', () => {
    for (const span of SPANS) for (const width of WIDTHS) for (const font of FONTS) {
      const boxes = axis(span, width, font).labels.map((l) => ({ left: l.x - textWidth(l.text, font) / 2, right: l.x + textWidth(l.text, font) / 2 }));
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left - boxes[i - 1]!.right, `${span} ms over ${width} px`).toBeGreaterThanOrEqual(12 * (font / AXIS_FONT) - 1e-9);
      for (const b of boxes) { expect(b.left).toBeGreaterThanOrEqual(0); expect(b.right).toBeLessThanOrEqual(width); }
    }
  });

  it('keeps ticks round and labelled when zoomed into the middle of a run', () => {
    const { ticks, labels } = axis(137, 640, AXIS_FONT, 1_234.5);
    expect(labels.length).toBe(ticks.length);
    expect(labels.map((l) => l.text)).toEqual(['1,240 ms', '1,260 ms', '1,280 ms', '1,300 ms', '1,320 ms', '1,340 ms', '1,360 ms']);
  });
});

describe("an export's time axis, which may say its unit once", () => {
  const exportAxis = (span: number, width: number, start = 0) => axisNodes(timeScale([start, start + span], [0, width]), 'light', EXPORT_AXIS)
    .filter((n) => n.tag === 'text').map((n) => ({ x: Number(n.attrs!.x), text: n.text! }));
  const NARROW = [230, 250, 260, 269, 300, 342, 420];

  it('gives the plot of a 480 px diagram four to six ticks, the unit on the last: a blocking call of 200 ms reads off it', () => {
    // At 480 px the plot is about 260 px: whole labels gave "0 ms, 500 ms, 1,000 ms" for five 200 ms calls.
    expect(exportAxis(1002, 260).map((l) => l.text)).toEqual(['0', '200', '400', '600', '800 ms']);
    // Quarter steps where 50s were too coarse and 20s too many.
    expect(exportAxis(130, 269).map((l) => l.text)).toEqual(['0', '25', '50', '75', '100 ms']);
    expect(exportAxis(554, 260).map((l) => l.text)).toEqual(['0', '100', '200', '300', '400 ms']);
  });

  it('labels eleven ticks at most, however wide the diagram', () => {
    // A 1920 px export of a 185 ms run labelled every 10 ms: nineteen labels.
    expect(exportAxis(185, 1340).map((l) => l.text)).toEqual(['0 ms', '20 ms', '40 ms', '60 ms', '80 ms', '100 ms', '120 ms', '140 ms', '160 ms', '180 ms']);
    for (const span of SPANS) for (const width of [1000, 1340, 1600, 2400, 4000]) expect(exportAxis(span, width).length, `${span} ms over ${width} px`).toBeLessThanOrEqual(11);
    // Twelve ticks 20 ms apart are too many; the next step is 25 ms, not 50 ms (five ticks).
    expect(exportAxis(235, 1340).map((l) => l.text)).toEqual(['0 ms', '25 ms', '50 ms', '75 ms', '100 ms', '125 ms', '150 ms', '175 ms', '200 ms', '225 ms']);
  });

  it('keeps whole labels wherever they give four ticks or more', () => {
    expect(exportAxis(1000, 800).map((l) => l.text).every((t) => t.endsWith(' ms'))).toBe(true);
  });

  it('keeps labels apart and inside the axis, evenly spaced at round steps, at most seven of them', () => {
    for (const span of SPANS) for (const width of [...NARROW, ...WIDTHS]) for (const start of [0, 1_234.5]) {
      const labels = exportAxis(span, width, start);
      const at = `${span} ms from ${start} over ${width} px`;
      const boxes = labels.map((l) => ({ left: l.x - textWidth(l.text, AXIS_FONT) / 2, right: l.x + textWidth(l.text, AXIS_FONT) / 2 }));
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left - boxes[i - 1]!.right, at).toBeGreaterThanOrEqual(12 - 1e-9);
      for (const b of boxes) { expect(b.left, at).toBeGreaterThanOrEqual(0); expect(b.right, at).toBeLessThanOrEqual(width); }
      const values = labels.map((l) => Number(l.text.replace(/[, ms]/g, '')));
      if (values.length < 2) continue;
      const step = values[1]! - values[0]!;
      const mantissa = Math.round(step / 10 ** Math.floor(Math.log10(step) + 1e-9) * 1e6) / 1e6;
      expect([1, 2, 2.5, 5], `${at}: step ${step}`).toContain(mantissa);
      for (let i = 1; i < values.length; i++) expect(values[i]! - values[i - 1]!, at).toBeCloseTo(step, 6);
      if (!labels.every((l) => l.text.endsWith(' ms'))) {
        // Said once: on the last label only.
        expect(labels.slice(0, -1).some((l) => l.text.endsWith('ms')), at).toBe(false);
        expect(labels.at(-1)!.text, at).toMatch(/ ms$/);
        expect(labels.length, at).toBeLessThanOrEqual(7);
      }
    }
  });

  it('has four ticks or more wherever five of its widest labels fit', () => {
    for (const span of SPANS) for (const width of NARROW) {
      const labels = exportAxis(span, width);
      const widest = textWidth(labels.at(-1)!.text, AXIS_FONT);
      if (width < 5 * (widest + 12)) continue;
      expect(labels.length, `${span} ms over ${width} px: ${labels.map((l) => l.text).join(', ')}`).toBeGreaterThanOrEqual(4);
    }
  });
});
