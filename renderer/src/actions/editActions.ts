/**
 * Every edit a learner can make, in one list. Buttons show `label`; the Electron menu
 * sends `name`; shortcuts are single keys because the chart has no text to type into.
 */
import { addStep, deleteStep, moveStep, setRouteKind, setStepDuration, unwrapStep, wrapStep, type SimpleStepKind } from '../document/routeEdits';
import { addRequests, removeArrival, setArrival, setGil, setServerCount, type ServerCountField } from '../document/serverEdits';
import { pathAfterDelete, type StepPath } from '../document/stepPaths';
import { addFix } from '../document/fixEdits';
import type { RouteKind } from '../../../shared/scenario/types';
import { defineEdit, type ActionContext, type EditAction, type Selection } from './types';

/** Sizes a new step starts with; the learner types the real one afterwards. */
export const NEW_STEP_MS: Record<SimpleStepKind, number> = { await_io: 100, cpu: 20, blocking_io: 100 };

function selectedRoute(ctx: ActionContext): number | string {
  return ctx.doc.routes[ctx.selection.route] ? ctx.selection.route : 'select a route first.';
}

function selectedStep(ctx: ActionContext): { route: number; path: StepPath } | string {
  const route = selectedRoute(ctx);
  if (typeof route === 'string') return route;
  return ctx.selection.step ? { route, path: ctx.selection.step } : 'select a step first.';
}

/** After adding, select the new step so the next keystroke edits it. */
function selectNewStep(ctx: ActionContext, args: { route: number; after?: StepPath | null }): Selection {
  const after = args.after;
  if (!after) return { route: args.route, step: [ctx.doc.routes[args.route]!.steps.length] };
  return { route: args.route, step: [...after.slice(0, -1), after[after.length - 1]! + 1] };
}

function addStepAction(name: string, label: string, kind: SimpleStepKind, shortcut: string): EditAction<Parameters<typeof addStep>[1]> {
  return {
    kind: 'edit', name, label, shortcut,
    perform: addStep,
    argsFrom(ctx) {
      const route = selectedRoute(ctx);
      return typeof route === 'string' ? route : { route, kind, ms: NEW_STEP_MS[kind], after: ctx.selection.step };
    },
    selectAfter: (ctx, args) => selectNewStep(ctx, args),
  };
}

function moveAction(name: string, label: string, by: -1 | 1, shortcut: string): EditAction<Parameters<typeof moveStep>[1]> {
  return {
    kind: 'edit', name, label, shortcut,
    perform: moveStep,
    argsFrom(ctx) { const s = selectedStep(ctx); return typeof s === 'string' ? s : { ...s, by }; },
    selectAfter: (_ctx, a) => ({ route: a.route, step: [...a.path.slice(0, -1), a.path[a.path.length - 1]! + a.by] }),
  };
}

function wrapAction(name: string, label: string, wrapper: 'to_thread' | 'to_process', shortcut: string): EditAction<Parameters<typeof wrapStep>[1]> {
  return {
    kind: 'edit', name, label, shortcut,
    perform: wrapStep,
    argsFrom(ctx) { const s = selectedStep(ctx); return typeof s === 'string' ? s : { ...s, wrapper }; },
  };
}

function serverCountAction(field: ServerCountField, label: string): EditAction<Parameters<typeof setServerCount>[1]> {
  return {
    kind: 'edit', name: `setServer.${field}`, label,
    perform: setServerCount,
    argsFrom: (ctx) => ({ field, value: ctx.doc.server[field] }),
  };
}

/** The registry's list: each action typed where it is written, then handed over with its argument type forgotten (defineEdit). */
export const EDIT_ACTIONS: EditAction[] = [
  defineEdit(addStepAction('addIoWait', 'Add I/O wait', 'await_io', 'I')),
  defineEdit(addStepAction('addCpuBurst', 'Add CPU burst', 'cpu', 'C')),
  defineEdit(addStepAction('addBlockingIo', 'Add blocking I/O', 'blocking_io', 'B')),
  defineEdit(wrapAction('wrapInThread', 'Move to a thread', 'to_thread', 'T')),
  defineEdit(wrapAction('wrapInProcess', 'Move to a process', 'to_process', 'P')),
  defineEdit({
    kind: 'edit', name: 'unwrapStep', label: 'Run inline', shortcut: 'U',
    perform: unwrapStep,
    argsFrom: selectedStep,
    selectAfter: (_ctx, a: { route: number; path: StepPath }) => ({ route: a.route, step: a.path.slice(0, 1) }),
  }),
  defineEdit(moveAction('moveStepUp', 'Move step up', -1, 'Alt+ArrowUp')),
  defineEdit(moveAction('moveStepDown', 'Move step down', 1, 'Alt+ArrowDown')),
  defineEdit({
    kind: 'edit', name: 'deleteStep', label: 'Delete step', shortcut: 'Delete',
    perform: deleteStep,
    argsFrom: selectedStep,
    // The step that takes the deleted one's place is selected (and focused: the list keeps the keyboard).
    selectAfter: (ctx, a: { route: number; path: StepPath }) => ({ route: a.route, step: pathAfterDelete(ctx.doc.routes[a.route]!, a.path) }),
  }),
  defineEdit({
    kind: 'edit', name: 'setStepDuration', label: 'Change duration',
    perform: setStepDuration,
    argsFrom: () => 'type a duration in the step list.',
  }),
  defineEdit({
    kind: 'edit', name: 'toggleRouteKind', label: 'Switch def / async def', shortcut: 'K',
    perform: setRouteKind,
    argsFrom(ctx) {
      const route = selectedRoute(ctx);
      if (typeof route === 'string') return route;
      const kind: RouteKind = ctx.doc.routes[route]!.kind === 'async' ? 'sync' : 'async';
      return { route, kind };
    },
  }),
  defineEdit({
    kind: 'edit', name: 'addRequests', label: 'Add requests',
    perform: addRequests,
    argsFrom: () => 'fill in count and spacing in the Requests panel.',
  }),
  defineEdit({
    kind: 'edit', name: 'setArrival', label: 'Change request line',
    perform: setArrival,
    argsFrom: () => 'type it in the Requests panel.',
  }),
  defineEdit({
    kind: 'edit', name: 'removeArrival', label: 'Remove requests',
    perform: removeArrival,
    argsFrom: () => 'use the × beside a request line.',
  }),
  defineEdit({
    kind: 'edit', name: 'applyFix', label: 'Fix it',
    perform: addFix,
    argsFrom: () => 'choose Fix it beside a diagnostic in the Python panel.',
  }),
  defineEdit(serverCountAction('workers', 'Set workers')),
  defineEdit(serverCountAction('cores', 'Set cores')),
  defineEdit(serverCountAction('threadpoolTokens', 'Set thread-pool tokens')),
  defineEdit({
    kind: 'edit', name: 'toggleGil', label: 'Toggle the GIL',
    perform: setGil,
    argsFrom: (ctx) => ({ gil: !ctx.doc.server.gil }),
  }),
];
