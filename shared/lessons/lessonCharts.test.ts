/**
 * What a lesson's two charts draw, in the view the lesson opens in, on the time axis the app
 * gives them: bars, not an empty lane. Awaited I/O holds no thread, so an `async def` chart of
 * waits drew a bare event-loop lane in the resources view (myth 2's first chart, before and
 * after the reveal) while its story was only in the requests view.
 */
import { describe, expect, it } from 'vitest';
import { LESSONS } from './index';
import { simulatePair } from './measure';
import { layoutTimeline } from '../chart/layout';
import { timeScale } from '../chart/timeScale';
import { visibleBarRects } from '../chart/marks/bars';
import { chartsOwnAxes } from '../chart/timeAxes';

/** Chart width in px: a lesson chart beside the lesson panel at 1280×720. */
const PLOT_WIDTH = 600;
/** At least a quarter of one row's width in bars: a lane of tick-thin hops is below it. */
const LEAST_INK = 0.25;

for (const lesson of LESSONS) {
  describe(lesson.title, () => {
    it(`draws bars in both charts in its ${lesson.view} view`, () => {
      const pair = simulatePair(lesson);
      const sides = [['before', lesson.scenarios.before, pair.before!], ['after', lesson.scenarios.after!, pair.after!]] as const;
      const layouts = sides.map(([side, scenario, timeline]) => ({ side, layout: layoutTimeline(scenario, timeline, { view: lesson.view, chef: false }) }));
      // The axis the app gives them: shared, or one each when one run is under a tenth of the other.
      const own = chartsOwnAxes('auto', [layouts[0]!.layout.endMs, layouts[1]!.layout.endMs]);
      const shared = Math.max(...layouts.map((l) => l.layout.endMs));
      for (const { side, layout } of layouts) {
        const scale = timeScale([0, own ? layout.endMs : shared], [0, PLOT_WIDTH]);
        const rects = visibleBarRects(layout, scale, { from: 0, to: layout.rows.length }, 0);
        // Rows' worth of bars: the drawn widths added up, over the plot's width.
        const ink = rects.reduce((sum, r) => sum + r.w, 0) / PLOT_WIDTH;
        expect(ink, `${side} chart: ${ink.toFixed(2)} rows of bars`).toBeGreaterThanOrEqual(LEAST_INK);
      }
    });
  });
}
