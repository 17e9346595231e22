import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../chart/layout';
import { LABEL_WIDTH } from '../chart/marks/rowLabels';
import { fixtureScenario, fixtureTimeline } from '../chart/fixtures';
import { simulate } from '../engine/simulate';
import { defaultServer, type Scenario } from '../scenario/types';
import { exportSvg } from './exportSvg';
import { labelColumnWidth, placeLabel } from './labelColumn';

const fixture = { scenario: fixtureScenario, timeline: fixtureTimeline };

/** The plot's width: the time axis's baseline runs across it. */
function plotWidth(svg: string): number {
  return Number(/<line x1="0" x2="([\d.]+)" y1="35.5" y2="35.5"/.exec(svg)![1]);
}

/** Every <text> of the SVG, its own words (not a title inside it). */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>([^<]*)/g)].map((m) => m[1]!);
}

/** An executor's threads in chef mode: "helper cook (executor) 0", the longest lane name there is. */
function executorScenario(): Scenario {
  return {
    name: 'executor', server: defaultServer(),
    routes: [{ name: 'report', kind: 'async', steps: [{ to_thread: [{ blocking_io: 50 }], pool: 'executor' }] }],
    requests: [{ route: 'report', at: 0, count: 3 }],
  };
}

describe('export label column', () => {
  it('gives a 480 px diagram a column sized to its labels, and the plot the rest', () => {
    const svg = exportSvg(fixture, { width: 480 });
    // The fixed 214 px column left 480 − 48 − 214 − 16 = 202 px of plot.
    expect(plotWidth(svg)).toBeGreaterThanOrEqual(250);
    for (const label of ['event loop', 'anyio thread 0', 'anyio thread 1', 'pool process 0']) expect(texts(svg)).toContain(label);
  });

  it('keeps the fixed column in a wide export', () => {
    const layout = layoutTimeline(fixtureScenario, fixtureTimeline, { view: 'resources', chef: false });
    expect(labelColumnWidth([layout], 1552)).toBe(LABEL_WIDTH);
    expect(plotWidth(exportSvg(fixture, { width: 1600 }))).toBe(1552 - LABEL_WIDTH - 16);
  });

  it('wraps a label too long for a narrow column onto two lines at a space, never cutting a word', () => {
    const scenario = executorScenario();
    const layout = layoutTimeline(scenario, simulate(scenario), { view: 'resources', chef: true });
    const row = layout.rows.find((r) => r.label === 'helper cook (executor) 0')!;
    const width = labelColumnWidth([layout], 432);
    expect(width).toBeLessThan(LABEL_WIDTH);
    const placed = placeLabel(row, layout, width);
    expect(placed).toMatchObject({ lines: ['helper cook', '(executor) 0'], cut: false });
    expect(placed.size).toBeGreaterThanOrEqual(14);
  });

  it('draws the wrapped lines in the diagram, in a wide chef export as well as a narrow one', () => {
    const scenario = executorScenario();
    for (const width of [480, 1600]) {
      const drawn = texts(exportSvg({ scenario, timeline: simulate(scenario) }, { width, chef: true }));
      expect(drawn).toContain('helper cook');
      expect(drawn).toContain('(executor) 0');
      expect(drawn.filter((t) => t.includes('…') && t.startsWith('helper'))).toEqual([]);
    }
  });

  it('says a label is cut when even two lines cannot hold it: an ellipsis, and the whole name as its title', () => {
    const long = 'a_route_name_far_too_long_for_any_label_column_at_all';
    const scenario: Scenario = { name: 'long', server: defaultServer(), routes: [{ name: long, kind: 'async', steps: [{ await_io: 10 }] }], requests: [{ route: long, at: 0 }] };
    const svg = exportSvg({ scenario, timeline: simulate(scenario) }, { width: 480, view: 'requests' });
    expect(svg).toMatch(/<text [^>]*>#0 a_route[^<]*…<title>#0 a_route_name_far_too_long_for_any_label_column_at_all<\/title><\/text>/);
  });
});
