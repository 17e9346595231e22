import { describe, expect, it } from 'vitest';
import { simulate } from '../../engine/simulate';
import { compareRun } from '../../run/compareRun';
import { blockingScenario, runOf } from '../../run/testRun';
import { exportSvg } from '../../export/exportSvg';
import { layoutTimeline } from '../layout';
import { themeColours } from '../states';
import { timeScale } from '../timeScale';
import type { SvgNode } from '../svgNodes';
import { barLabel, visibleBarRects } from './bars';
import { measuredAt, measuredEnd, measuredLines, measuredNodes, measuredOverlay, MEASURED_DASH } from './measured';

// Simulated: report 100, report 200 (the loop is blocked), ping at 50 → 160.
const timeline = simulate(blockingScenario);
const overlayOf = (latencies: number[][]) => {
  const run = runOf(blockingScenario, latencies, [0.5, 0.6, 50.4]);
  const { requests } = timeline;
  return measuredOverlay(compareRun(run, { count: 3, arrival: (i) => requests[i]!.arrival, end: (i) => requests[i]!.end }), run);
};
const agreeing = overlayOf([[101, 104, 103], [202, 203, 210], [160, 161, 159]]);
const layout = layoutTimeline(blockingScenario, timeline, { view: 'requests', chef: false });
const scale = timeScale([0, 250], [0, 1000]);
const all = { from: 0, to: layout.rows.length };
const flat = (nodes: SvgNode[]): SvgNode[] => nodes.flatMap((n) => [n, ...flat(n.children ?? [])]);

describe('a real run over the requests view', () => {
  it('outlines each request from its measured arrival to its measured end, dashed, in the text colour', () => {
    const groups = measuredNodes(layout, scale, all, 0, agreeing, 'light');
    expect(groups.map((g) => g.key)).toEqual(['measured0', 'measured1', 'measured2']);
    const rows = layout.rows.filter((r) => r.kind === 'request');
    groups.forEach((g, i) => {
      const outline = g.children!.find((n) => n.attrs?.['stroke-dasharray'] === MEASURED_DASH)!;
      const span = agreeing.spans[i]!;
      expect(outline.attrs).toMatchObject({ fill: 'none', stroke: themeColours('light').text, x: scale.x(span.measuredAt) });
      expect(outline.attrs!.width).toBeCloseTo(scale.x(span.measuredAt + span.measuredMs) - scale.x(span.measuredAt), 6);
      expect(outline.attrs!.y).toBeGreaterThanOrEqual(rows[i]!.y);
      expect(Number(outline.attrs!.y) + Number(outline.attrs!.height)).toBeLessThanOrEqual(rows[i]!.y + rows[i]!.height);
    });
  });

  it('draws the spread of the runs as a whisker at the end, from the fastest to the slowest', () => {
    const [, second] = measuredNodes(layout, scale, all, 0, agreeing, 'light');
    const lines = second!.children!.filter((n) => n.tag === 'line');
    const at = 0.6;
    expect(lines.map((l) => l.attrs!.x1)).toEqual(expect.arrayContaining([scale.x(at + 202), scale.x(at + 210)]));
  });

  it("draws the whisker and its caps along the outline's foot, clear of the words of the bar the measured end falls in", () => {
    // Request 0 measured 15–30 ms: its end and whisker fall inside the label of its 100 ms bar.
    const early = overlayOf([[15, 20, 30], [202, 203, 210], [160, 161, 159]]);
    const row = layout.rows.findIndex((r) => r.request === 0);
    const labelled = visibleBarRects(layout, scale, { from: row, to: row + 1 }, 0).filter((r) => barLabel(r) !== '');
    expect(labelled.length).toBeGreaterThan(0);
    const lines = measuredNodes(layout, scale, all, 0, early, 'light')[0]!.children!.filter((n) => n.tag === 'line');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      for (const bar of labelled) expect(Math.min(Number(line.attrs!.y1), Number(line.attrs!.y2))).toBeGreaterThanOrEqual(bar.y + bar.h - 2);
    }
  });

  it('reads in greyscale: no colour but the theme\'s text and background', () => {
    const print = themeColours('print');
    const strokes = new Set(flat(measuredNodes(layout, scale, all, 0, agreeing, 'print')).map((n) => n.attrs?.stroke).filter(Boolean));
    expect([...strokes].sort()).toEqual([print.background, print.text].sort());
  });

  it('says by how much a request outside the band differs, in words', () => {
    const slow = overlayOf([[101, 104, 103], [290, 300, 310], [160, 161, 159]]);
    const wide = timeScale([0, 400], [0, 1000]);
    const texts = flat(measuredNodes(layout, wide, all, 0, slow, 'light')).filter((n) => n.tag === 'text').map((n) => n.text);
    expect(texts).toEqual(['measured +100 ms']);
    // Where the plot ends before the chip would, it stays inside the plot.
    const chip = flat(measuredNodes(layout, scale, all, 0, slow, 'light')).find((n) => n.tag === 'text')!;
    expect(chip.text).toBe('measured +100 ms');
    expect(Number(chip.attrs!.x)).toBeLessThan(1000);
  });

  it('gives the outlines and the chips apart, for a chart that masks the outlines where its bars\' labels are and keeps the chips over them', () => {
    const slow = overlayOf([[101, 104, 103], [290, 300, 310], [160, 161, 159]]);
    const tags = (part: 'both' | 'outlines' | 'chips') => flat(measuredNodes(layout, scale, all, 0, slow, 'light', 1, Infinity, part)).filter((n) => n.tag !== 'g');
    expect(tags('outlines').some((n) => n.tag === 'text')).toBe(false);
    expect(tags('chips').map((n) => n.tag).sort()).toEqual(['rect', 'text']);
    expect(tags('outlines').length + tags('chips').length).toBe(tags('both').length);
  });

  it('draws nothing that has not happened yet during playback', () => {
    const until = measuredNodes(layout, scale, all, 0, agreeing, 'light', 1, 50);
    expect(until.map((g) => g.key)).toEqual(['measured0', 'measured1']); // the ping arrives at 50.4
    const outline = until[0]!.children!.find((n) => n.attrs?.['stroke-dasharray'])!;
    expect(Number(outline.attrs!.x) + Number(outline.attrs!.width)).toBeCloseTo(scale.x(50), 6);
  });

  it('finds the request under the pointer, past its simulated bar too, and tells both figures', () => {
    const slow = overlayOf([[101, 104, 103], [290, 300, 310], [160, 161, 159]]);
    const row = layout.rows.find((r) => r.request === 1)!;
    expect(measuredAt(layout, slow, row.y + row.height / 2, 280)?.id).toBe(1); // the bar ended at 200
    expect(measuredAt(layout, slow, row.y + row.height / 2, 320)).toBeNull();
    // The two reports are sent together: the figures are the second place's, and the tooltip says so.
    expect(measuredLines(slow.spans[1]!, 3)).toEqual([
      'measured 300 ms (2nd to end of 2 sent together: median of 3 runs, 290 ms–310 ms)', 'simulated 200 ms', 'difference −100 ms: outside the 45 ms band',
    ]);
    expect(measuredLines(slow.spans[2]!, 3)[0]).toBe('measured 160 ms (median of 3 runs, 159 ms–161 ms)');
    expect(measuredLines(agreeing.spans[0]!, 3)[2]).toBe('difference −3 ms: agrees (within 15.45 ms)');
    expect(measuredEnd(slow)).toBeCloseTo(310.6, 6);
  });

  it('is drawn in an exported SVG with its legend entry, a note saying what it is, and the description', () => {
    const svg = exportSvg({ scenario: blockingScenario, timeline, measured: agreeing }, { view: 'requests', theme: 'print' });
    expect(svg.match(new RegExp(`stroke-dasharray="${MEASURED_DASH}"`, 'g'))).toHaveLength(3);
    expect(svg).toContain('measured (real run)');
    expect(svg).toContain('Dashed outlines: a real run (3 runs · Python 3.11.2, FastAPI 0.92.0 · 2 cores), median and range of its runs; 3 of 3 requests agree within max(15 ms, 15 %)');
    expect(svg).toMatch(/<desc[^>]*>[^<]*3 of 3 requests agree within max\(15 ms, 15 %\): a real run/);
    const resources = exportSvg({ scenario: blockingScenario, timeline, measured: agreeing }, { view: 'resources' });
    expect(resources).not.toContain(MEASURED_DASH);
  });

  it("draws an export's bar labels over the outlines, so a dashed edge passes behind a label, not through its letters", () => {
    const early = overlayOf([[15, 20, 30], [202, 203, 210], [160, 161, 159]]);
    const svg = exportSvg({ scenario: blockingScenario, timeline, measured: early }, { view: 'requests' });
    const labels = [...svg.matchAll(/>blocking_io 100 ms<\/text>/g)].map((m) => m.index);
    expect(labels.length).toBeGreaterThan(0);
    expect(Math.min(...labels)).toBeGreaterThan(svg.lastIndexOf(`stroke-dasharray="${MEASURED_DASH}"`));
  });

  it("says in the note, not over the bars, how far off a request is whose chip has no room at its row's end", () => {
    // Request 0 measured 101 ms longer than simulated; in a 60 ms window at 480 px its chip has no
    // room beyond the request's ends: pulled back over the row it hid the bar's label and the outline's end.
    const slowFirst = overlayOf([[200, 201, 202], [202, 203, 210], [160, 161, 159]]);
    const svg = exportSvg({ scenario: blockingScenario, timeline, measured: slowFirst }, { view: 'requests', width: 480, range: [0, 60] });
    expect(svg).not.toMatch(/<rect [^>]*rx="3"/); // no chip drawn
    const words = [...svg.matchAll(/<text [^>]*>([^<]*)/g)].map((m) => m[1]!);
    const at = words.findIndex((t) => t.startsWith('Outside the band'));
    expect(words.slice(at, at + 3).join(' ')).toMatch(/^Outside the band, with no room to say so at the row's end: #0 measured \+101 ms/);
    // Every bar keeps its label: the loop's, request 0's and request 1's.
    expect(svg.match(/>blocking_io 100 ms<\/text>/g)).toHaveLength(3);
  });
});
