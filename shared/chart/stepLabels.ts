/**
 * Turn a segment's step path back into the step the user wrote, so bars and tooltips
 * can show "await db.fetch(user_id)" rather than "[3, 1, 0]".
 * Path grammar (timeline.ts): [i] = steps[i]; [i, j] = steps[i].to_thread[j] / to_process[j];
 * [i, b, j, …] = steps[i].gather[b][j] and so on, recursively.
 */
import type { Route, Step } from '../scenario/types';
import { stepKind } from '../scenario/types';

/** The chain of steps a path walks through, outermost first. Stops at the first index that does not exist. */
export function resolveStepChain(steps: readonly Step[], path: readonly number[]): Step[] {
  const chain: Step[] = [];
  let list: readonly Step[] = steps;
  let i = 0;
  while (i < path.length) {
    const step = list[path[i]!];
    if (!step) break;
    chain.push(step);
    i++;
    if ('to_thread' in step) list = step.to_thread;
    else if ('to_process' in step) list = step.to_process;
    else if ('gather' in step) {
      list = step.gather[path[i] ?? -1] ?? [];
      i++;
    } else break;
  }
  return chain;
}

/** "cpu 10 ms", "gather of 2" — what an unlabelled step is. */
export function describeStep(step: Step): string {
  const kind = stepKind(step);
  if ('cpu' in step) return `cpu ${step.cpu} ms`;
  if ('blocking_io' in step) return `blocking_io ${step.blocking_io} ms`;
  if ('await_io' in step) return `await_io ${step.await_io} ms`;
  if ('to_thread' in step) return `to_thread (${step.pool})`;
  if ('gather' in step) return `gather of ${step.gather.length}`;
  return kind;
}

/**
 * The label a bar shows: the innermost step's own label, else the nearest labelled
 * enclosing step (a labelled to_thread names its body), else a description of the step.
 * An empty path is the time before the loop accepted the request.
 */
export function stepLabel(route: Route | undefined, path: readonly number[]): string {
  if (path.length === 0) return 'before the first step';
  const server = serverWorkLabel(path);
  if (server !== undefined) return server;
  if (!route) return `step ${path.join('.')}`;
  const chain = resolveStepChain(route.steps, path);
  for (let k = chain.length - 1; k >= 0; k--) {
    const label = chain[k]!.label;
    if (label) return label;
  }
  const innermost = chain[chain.length - 1];
  return innermost ? describeStep(innermost) : `step ${path.join('.')}`;
}

/**
 * The server's own work around a route has paths [-1] (before its steps) and [-2] (after them):
 * docs/model.md#server-work.
 */
export function serverWorkLabel(path: readonly number[]): string | undefined {
  if (path[0] === -1) return 'accept, read and parse the request';
  if (path[0] === -2) return 'send the response';
  return undefined;
}

/** "step 4 › branch 2 › step 1": where in the route, 1-based for people. */
export function stepPosition(route: Route | undefined, path: readonly number[]): string {
  if (path.length === 0) return 'before the route starts';
  if (path[0] === -1) return 'before the route starts';
  if (path[0] === -2) return 'after the route returns';
  const parts: string[] = [];
  let list: readonly Step[] | undefined = route?.steps;
  let i = 0;
  while (i < path.length) {
    const step: Step | undefined = list?.[path[i]!];
    parts.push(`${parts.length === 0 ? 'step' : 'inner step'} ${path[i]! + 1}`);
    i++;
    if (step && 'gather' in step && i < path.length) {
      parts.push(`branch ${path[i]! + 1}`);
      list = step.gather[path[i]!];
      i++;
    } else if (step && 'to_thread' in step) list = step.to_thread;
    else if (step && 'to_process' in step) list = step.to_process;
    else list = undefined;
  }
  return parts.join(' › ');
}

/** Cache labels per (route, path): 10,000 requests share a handful of distinct steps. */
export function createLabelResolver(routes: readonly Route[]): (routeName: string, path: readonly number[]) => string {
  const byName = new Map(routes.map((r) => [r.name, r]));
  const cache = new Map<string, string>();
  return (routeName, path) => {
    const key = `${routeName}\u0000${path.join(',')}`;
    let label = cache.get(key);
    if (label === undefined) {
      label = stepLabel(byName.get(routeName), path);
      cache.set(key, label);
    }
    return label;
  };
}
