/**
 * A step resized on the chart (its bar's edge dragged, renderer/chart/edgeDrag.ts) becomes
 * the same edit as a duration typed in the step list: the `setStepDuration` action, so it is
 * one undoable step, announced on the status line, and refused with a reason if invalid.
 */
import type { Scenario } from '../../../shared/scenario/types';
import type { Timeline } from '../../../shared/engine/timeline';
import type { ActionManager } from '../actions/actionManager';
import type { DocumentController } from '../shell/useDocument';

/** What the chart reports: a request's step, its new duration, and what the chart had drawn. */
export interface ChartResize {
  request: number;
  path: number[];
  ms: number;
  drawn: { scenario: Scenario; timeline: Timeline };
}

/** The action's arguments, or why not (the chart drew an older document, or the route is gone). */
export function resizeArgs(current: Scenario, r: ChartResize): { route: number; path: number[]; ms: number } | string {
  // Paths are positions: on an older document the same path may be another step.
  if (r.drawn.scenario !== current) return 'the chart still shows an earlier version of the scenario; drag the edge again once it has redrawn.';
  const name = r.drawn.timeline.requests[r.request]?.route;
  const route = current.routes.findIndex((x) => x.name === name);
  if (route < 0) return `request #${r.request} has no route in this scenario.`;
  return { route, path: r.path, ms: r.ms };
}

export function resizeStepFromChart(doc: DocumentController, actions: ActionManager, r: ChartResize): void {
  const args = resizeArgs(doc.stateRef.current.docState.history.present.scenario, r);
  if (typeof args === 'string') { doc.announce(`${actions.get('setStepDuration')?.label ?? 'Change duration'}: ${args}`, 'error'); return; }
  // Show the step just resized in the editor, so its duration field is the one in view.
  if (actions.dispatch('setStepDuration', args)) doc.select({ route: args.route, step: args.path });
}
