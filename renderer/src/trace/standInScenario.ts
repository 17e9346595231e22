/**
 * The chart labels bars from a scenario's routes (shared/chart/stepLabels.ts), but a trace
 * holds no scenario: only, on each event, the route, the step's path and the label the
 * export resolved. This rebuilds just enough of each route for those labels to come back:
 * every step a path names, carrying the trace's own label. It is a stand-in, never a
 * scenario to run or edit: durations are 0 and the steps' kinds are only as the path
 * grammar implies them (one inner index: a to_thread; two or more: a gather branch).
 */
import { defaultServer, type Route, type Scenario, type Step, type SyncStep } from '../../../shared/scenario/types';

export interface StepLabel {
  route: string;
  path: number[];
  label: string;
}

/** A step as rebuilt: its kind is settled by the first path that reaches inside it. */
interface Draft {
  label?: string;
  inner?: { kind: 'thread'; steps: Draft[] } | { kind: 'gather'; branches: Draft[][] };
}

/** The (route, path, label) of each LoopLab trace event; events without them (foreign traces) add nothing. */
export function stepLabelsOf(json: unknown): StepLabel[] {
  const events = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json.traceEvents) ? json.traceEvents : [];
  const out: StepLabel[] = [];
  for (const e of events) {
    if (!isRecord(e) || e.ph !== 'X' || !isRecord(e.args)) continue;
    const { route, path, step } = e.args;
    if (typeof route === 'string' && typeof step === 'string' && Array.isArray(path) && path.length > 0 &&
      path.every((i) => Number.isInteger(i) && (i as number) >= 0)) out.push({ route, path: path as number[], label: step });
  }
  return out;
}

export function standInScenario(name: string, labels: readonly StepLabel[], routeNames: readonly string[] = []): Scenario {
  const drafts = new Map<string, Draft[]>();
  for (const r of routeNames) if (!drafts.has(r)) drafts.set(r, []);
  for (const { route, path, label } of labels) {
    let steps = drafts.get(route);
    if (!steps) drafts.set(route, (steps = []));
    place(steps, path, label);
  }
  // The chart never reads a route's kind; 'async' is the kind whose steps may be anything.
  const routes: Route[] = [...drafts].map(([routeName, steps]) => ({ name: routeName, kind: 'async', steps: steps.map(toStep) }));
  return { name, server: defaultServer(), routes, requests: [] };
}

function place(list: Draft[], path: readonly number[], label: string): void {
  const [i, ...rest] = path as [number, ...number[]];
  for (let k = list.length; k <= i; k++) list.push({});
  const draft = list[i]!;
  if (rest.length === 0) { draft.label ??= label; return; }
  if (rest.length === 1) {
    draft.inner ??= { kind: 'thread', steps: [] };
    if (draft.inner.kind === 'thread') place(draft.inner.steps, rest, label);
    return;
  }
  draft.inner ??= { kind: 'gather', branches: [] };
  if (draft.inner.kind !== 'gather') return;
  const [b, ...inBranch] = rest as [number, ...number[]];
  for (let k = draft.inner.branches.length; k <= b; k++) draft.inner.branches.push([]);
  place(draft.inner.branches[b]!, inBranch, label);
}

function toStep(d: Draft): Step {
  const label = d.label !== undefined ? { label: d.label } : {};
  if (d.inner?.kind === 'thread') return { to_thread: d.inner.steps.map((s) => toStep(s) as SyncStep), pool: 'anyio', ...label };
  if (d.inner?.kind === 'gather') return { gather: d.inner.branches.map((b) => b.map(toStep)), ...label };
  return { cpu: 0, ...label };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
