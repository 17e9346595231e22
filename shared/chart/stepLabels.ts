/**
 * Turn a segment's step path back into the step the user wrote, so bars and tooltips
 * can show "await db.fetch(user_id)" rather than "[3, 1, 0]".
 * Paths as shared/scenario/stepPath.ts reads them.
 */
import type { Route, Step } from '../scenario/types';
import { stepKind } from '../scenario/types';
import { stepChain, stepPathLevels } from '../scenario/stepPath';

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
  const chain = stepChain(route.steps, path);
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
  if (path[0] === -3) return 'start a pool thread';
  if (path[0] === -4) return "fork the process pool's processes";
  return undefined;
}

/** The same in chef mode's words: the chef takes and plates the orders, and calls the helpers in. */
export function chefServerWorkLabel(path: readonly number[]): string {
  if (path[0] === -1) return 'taking the order';
  if (path[0] === -2) return 'plating the order';
  if (path[0] === -3) return 'calling in a helper cook';
  return 'opening the other kitchens';
}

/** "step 4 › branch 2 › inner step 1": where in the route, 1-based for people. */
export function stepPosition(route: Route | undefined, path: readonly number[]): string {
  if (path.length === 0 || path[0] === -1) return 'before the route starts';
  if (path[0] === -2) return 'after the route returns';
  if (path[0]! < 0) return 'before its thread or process starts';
  return stepPathLevels(route?.steps, path)
    .flatMap((level, k) => [`${k === 0 ? 'step' : 'inner step'} ${level.index + 1}`, ...(level.branch === undefined ? [] : [`branch ${level.branch + 1}`])])
    .join(' › ');
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
