import { describe, expect, it } from 'vitest';
import { fitRowMetrics, ROW, rowFont, rowMetricsAt, totalHeight, type RowCensus } from './rowMetrics';
import { layoutTimeline } from './layout';
import { placeRows } from './rowPlacement';
import { fixtureScenario, fixtureTimeline } from './fixtures';

// A `def` scenario's resources view: an idle loop, then five anyio threads.
const defScenario: RowCensus = { groups: 1, blockedLoops: 0, idleLoops: 1, plainRows: 5, stackedRows: 0, subLanes: 0 };

describe('fitting rows to the chart height', () => {
  it('keeps the designed 34 px rows when they fit', () => {
    expect(fitRowMetrics(defScenario, 1000).thread).toBe(34);
  });

  it('shrinks rows so a loop and five threads fit a 1280×720 chart box', () => {
    const m = fitRowMetrics(defScenario, 170);
    expect(totalHeight(defScenario, m)).toBeLessThanOrEqual(170);
    expect(m.thread).toBeGreaterThanOrEqual(22);
  });

  it('stops at a readable minimum and lets the chart scroll', () => {
    const many: RowCensus = { ...defScenario, plainRows: 10_000 };
    expect(fitRowMetrics(many, 300).thread).toBe(22);
  });

  it('grows every size with the text scale', () => {
    const big = rowMetricsAt(Math.round(34 * 1.75), 1.75);
    expect(big.thread).toBe(60);
    expect(big.loopBand).toBeGreaterThanOrEqual(14 * 1.75 + 7);
    expect(fitRowMetrics(defScenario, 10_000, 1.75).thread).toBe(60);
    expect(fitRowMetrics({ ...defScenario, plainRows: 1000 }, 300, 1.75).thread).toBe(Math.round(22 * 1.75));
  });

  it('gives an idle loop no blocked band, but keeps it taller than a thread row', () => {
    const m = rowMetricsAt(30);
    const idle = totalHeight({ ...defScenario, plainRows: 0 }, m) - m.groupHeading;
    const blocked = totalHeight({ ...defScenario, idleLoops: 0, blockedLoops: 1, plainRows: 0 }, m) - m.groupHeading;
    expect(idle).toBeLessThan(blocked);
    expect(idle).toBeGreaterThan(m.thread);
  });
});

describe('re-placing a layout for new metrics', () => {
  it('moves rows and bars without rebuilding them, bars staying inside their rows', () => {
    const layout = layoutTimeline(fixtureScenario, fixtureTimeline, { view: 'requests', chef: false });
    expect(layout.metrics).toBe(ROW);
    const bars = layout.bars;
    placeRows(layout, rowMetricsAt(22));
    expect(layout.bars).toBe(bars);
    expect(layout.height).toBe(totalHeight(layout.census, rowMetricsAt(22)));
    for (const row of layout.rows) {
      for (const bar of layout.bars.slice(row.firstBar, row.firstBar + row.barCount)) {
        expect(bar.y).toBeGreaterThanOrEqual(row.y);
        expect(bar.y + bar.height).toBeLessThanOrEqual(row.y + row.height);
      }
    }
  });
});

describe('rows shorter than their text (shrinkText)', () => {
  it('go under 22 px with their text, never under 16 px rows and 14 px text', () => {
    // A revealed lesson's chart: a blocked loop and eleven thread lanes in 240 px.
    const lanes: RowCensus = { groups: 1, blockedLoops: 1, idleLoops: 0, plainRows: 11, stackedRows: 0, subLanes: 0 };
    expect(fitRowMetrics(lanes, 240).thread).toBe(22); // without shrinking: it scrolls
    const m = fitRowMetrics(lanes, 240, 1, true);
    expect(totalHeight(lanes, m)).toBeLessThanOrEqual(240);
    expect(m.thread).toBeLessThan(22);
    expect(rowFont(15, m)).toBeLessThan(15);
    expect(fitRowMetrics({ ...lanes, plainRows: 1000 }, 240, 1, true).thread).toBe(16);
    expect(rowFont(15, rowMetricsAt(16))).toBeCloseTo(16 / 1.125);
    // Every text a row holds, the 14 px bar labels and blocked band's words included, at any row a chart may fit.
    for (let rowPx = 16; rowPx <= 34; rowPx++) {
      const at = fitRowMetrics({ ...lanes, plainRows: 1000 }, totalHeight({ ...lanes, plainRows: 1000 }, rowMetricsAt(rowPx)), 1, true);
      expect(at.thread).toBe(rowPx);
      for (const base of [14, 15, 18]) expect(rowFont(base, at), `${base} px text in ${rowPx} px rows`).toBeGreaterThanOrEqual(14);
      // The blocked band's words (14 px) inside its hatched rect, loopBand − 5 px tall.
      expect(at.loopBand - 5).toBeGreaterThanOrEqual(rowFont(14, at));
    }
  });

  it('are their label and an eighth: a 16 px row holds a 14 px lane label', () => {
    expect(rowFont(15, rowMetricsAt(16))).toBeGreaterThanOrEqual(14);
    expect(rowFont(15, rowMetricsAt(17))).toBe(15);
    // The GIL convoy's chart after the reveal: a blocked loop and eleven threads, each lane's text 14 px, in 213 px.
    const convoy: RowCensus = { groups: 1, blockedLoops: 1, idleLoops: 0, plainRows: 11, stackedRows: 0, subLanes: 0 };
    const m = fitRowMetrics(convoy, 213, 1, true, true);
    expect(totalHeight(convoy, m)).toBeLessThanOrEqual(213);
    expect(rowFont(15, m)).toBeGreaterThanOrEqual(14);
  });

  it('keep their designed text from 18 px up, and in the export', () => {
    expect(rowMetricsAt(18).textShrink).toBe(1);
    expect(rowFont(15, rowMetricsAt(22))).toBe(15);
    expect(rowFont(15, ROW)).toBe(15);
    expect(rowFont(14, rowMetricsAt(Math.round(22 * 1.75), 1.75), 1.75)).toBe(14 * 1.75);
  });
});

describe('presented rows', () => {
  // Presentation at 1280×720 draws text 1.75 × 720/1080 larger; a revealed lesson's two charts need smaller rows there.
  const scale = 1.75 * (720 / 1080);
  const census: RowCensus = { groups: 2, blockedLoops: 1, idleLoops: 0, plainRows: 7, stackedRows: 0, subLanes: 0 };
  it('shrink to fit a short chart, their text never under 16 px', () => {
    const m = fitRowMetrics(census, 10, scale, true);
    for (const base of [12, 14, 15]) expect(rowFont(base, m, scale)).toBeGreaterThanOrEqual(16);
    expect(m.thread).toBeLessThan(Math.round(22 * scale));
  });
  it('may be as thin as their 16 px label and an eighth: 18 px rows at 720 lines, 27 px at 1080', () => {
    const m = fitRowMetrics(census, 10, scale, true);
    expect(m.thread).toBe(18);
    expect(m.thread).toBeGreaterThanOrEqual(rowFont(15, m, scale) * 1.125);
    expect(fitRowMetrics(census, 10, 1.75, true).thread).toBe(27);
  });
  it('fit the GIL convoy: a blocked loop and eleven threads of one worker in a presented chart at 1280×720 and 1920×1080', () => {
    const convoy: RowCensus = { groups: 1, blockedLoops: 1, idleLoops: 0, plainRows: 11, stackedRows: 0, subLanes: 0 };
    // The plot heights measured there: 245 and 366 px.
    for (const [t, plot] of [[scale, 245], [1.75, 366]] as const) {
      const m = fitRowMetrics(convoy, plot, t, true, true);
      expect(totalHeight(convoy, m)).toBeLessThanOrEqual(plot);
      expect(m.headingOnAxis).toBe(true);
    }
  });
  it('keep 24 px text at least on a 1080-line screen', () => {
    const m = fitRowMetrics(census, 10, 1.75, true);
    for (const base of [12, 14, 15]) expect(rowFont(base, m, 1.75)).toBeGreaterThanOrEqual(24);
  });
});

describe('a chart of one worker short of room', () => {
  const one: RowCensus = { groups: 1, blockedLoops: 0, idleLoops: 1, plainRows: 8, stackedRows: 0, subLanes: 0 };
  it('names its worker on the time axis before its rows get smaller', () => {
    const roomy = fitRowMetrics(one, 1000, 1, true, true);
    expect(roomy.headingOnAxis).toBe(false);
    const tight = totalHeight(one, rowMetricsAt(34)); // the preferred rows, a pixel too tall
    const m = fitRowMetrics(one, tight - 1, 1, true, true);
    expect(m.headingOnAxis).toBe(true);
    expect(m.thread).toBe(34);
    expect(totalHeight(one, m)).toBe(tight - m.groupHeading);
  });
  it('keeps its heading row when the axis has a note there, or when there are several workers', () => {
    const tight = totalHeight(one, rowMetricsAt(30)) - 1;
    expect(fitRowMetrics(one, tight, 1, true, false).headingOnAxis).toBe(false);
    expect(fitRowMetrics({ ...one, groups: 2 }, tight, 1, true, true).headingOnAxis).toBe(false);
  });
});
