import { describe, expect, it } from 'vitest';
import { SEGMENT_STATES } from '../../shared/engine/timeline';
import { layoutTimeline } from '../../shared/chart/layout';
import { visibleBarRects } from '../../shared/chart/marks/bars';
import { fixtureScenario, fixtureTimeline } from '../../shared/chart/fixtures';
import { timeScale } from '../../shared/chart/timeScale';
import { themeColours } from '../../shared/chart/states';
import { paintBars } from './paintBars';

/** A 2D context that records each fill and stroke with the state in force when it was made. */
function recordingContext() {
  const state = { fillStyle: '' as unknown, strokeStyle: '' as unknown, globalAlpha: 1, lineWidth: 1, font: '', textBaseline: '', lineJoin: '' };
  const calls: { op: string; fill: unknown; stroke: unknown; alpha: number; lineWidth: number }[] = [];
  const record = (op: string) => () => { calls.push({ op, fill: state.fillStyle, stroke: state.strokeStyle, alpha: state.globalAlpha, lineWidth: state.lineWidth }); };
  const ctx = Object.assign(state, { fillRect: record('fillRect'), strokeRect: record('strokeRect'), fillText: record('fillText') });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe('painting bars on the canvas', () => {
  const layout = layoutTimeline(fixtureScenario, fixtureTimeline, { view: 'requests', chef: false });
  const scale = timeScale([0, layout.endMs], [0, 900]);
  const rects = visibleBarRects(layout, scale, { from: 0, to: layout.rows.length }, 0);
  const fills = new Map<string, string>(SEGMENT_STATES.map((s) => [s, `fill-${s}`]));
  const colours = themeColours('light');

  for (const selectedRequest of [null, 1]) {
    it(`fills and edges every bar with its own state's style (selected request: ${selectedRequest})`, () => {
      const { ctx, calls } = recordingContext();
      paintBars(ctx, rects, { fills, theme: 'light', selectedRequest, labelSize: 14, font: '14px sans-serif' });
      const fillsMade = calls.filter((c) => c.op === 'fillRect').slice(0, rects.length);
      expect(fillsMade.map((c) => [c.fill, c.alpha])).toEqual(rects.map((r) => [
        `fill-${r.bars.state(r.index)}`, selectedRequest !== null && r.bars.request(r.index) !== selectedRequest ? 0.3 : 1,
      ]));
      const edges = calls.filter((c) => c.op === 'strokeRect').slice(0, rects.filter((r) => r.w >= 4).length);
      expect(edges.length).toBeGreaterThan(0);
      expect(edges.every((c) => c.stroke === colours.barEdge && c.lineWidth === 1)).toBe(true);
      expect(ctx.globalAlpha).toBe(1);
    });
  }
});
