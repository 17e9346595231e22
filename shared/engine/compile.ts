/**
 * Routes compiled for the engine: each step carries its path as an index in the run's path
 * table (shared by every request of the route, so a million segments do not allocate a
 * million path arrays, and recording one looks nothing up). A `def` route
 * becomes one anyio `to_thread` step around its body, because that is what Starlette does:
 * `await run_in_threadpool(endpoint)`.
 */
import type { Route, Step, SyncStep } from '../scenario/types';
import { stepKind } from '../scenario/types';
import { NO_PATH, type PathId } from './stateIds';

export interface SyncOp {
  kind: 'cpu' | 'blocking_io';
  ms: number;
  path: PathId;
}

export type Op =
  | SyncOp
  | { kind: 'await_io'; ms: number; path: PathId }
  | { kind: 'to_thread'; pool: 'anyio' | 'executor'; body: SyncOp[]; path: PathId }
  | { kind: 'to_process'; body: SyncOp[]; path: PathId }
  | { kind: 'gather'; branches: Op[][]; path: PathId };

export interface CompiledRoute {
  name: string;
  ops: Op[];
}

/**
 * The step paths of one run: `ids[k]` is the path of id k. Id 0 is the empty path (a def
 * route's own to_thread, a loop's GIL wait between requests).
 */
export class PathTable {
  readonly paths: number[][] = [[]];

  add(path: number[]): PathId {
    this.paths.push(path);
    return this.paths.length - 1;
  }
}

function syncOp(step: SyncStep, path: number[], table: PathTable): SyncOp {
  const id = table.add(path);
  return 'cpu' in step ? { kind: 'cpu', ms: step.cpu, path: id } : { kind: 'blocking_io', ms: step.blocking_io, path: id };
}

function compileSteps(steps: Step[], prefix: number[], table: PathTable): Op[] {
  return steps.map((step, i): Op => {
    const path = [...prefix, i];
    switch (stepKind(step)) {
      case 'cpu':
      case 'blocking_io':
        return syncOp(step as SyncStep, path, table);
      case 'await_io':
        return { kind: 'await_io', ms: (step as { await_io: number }).await_io, path: table.add(path) };
      case 'to_thread': {
        const s = step as { to_thread: SyncStep[]; pool?: 'anyio' | 'executor' };
        const id = table.add(path);
        return { kind: 'to_thread', pool: s.pool ?? 'anyio', body: s.to_thread.map((b, j) => syncOp(b, [...path, j], table)), path: id };
      }
      case 'to_process': {
        const s = step as { to_process: SyncStep[] };
        const id = table.add(path);
        return { kind: 'to_process', body: s.to_process.map((b, j) => syncOp(b, [...path, j], table)), path: id };
      }
      case 'gather': {
        const s = step as { gather: Step[][] };
        const id = table.add(path);
        return { kind: 'gather', branches: s.gather.map((branch, b) => compileSteps(branch, [...path, b], table)), path: id };
      }
    }
  });
}

export function compileRoute(route: Route, table: PathTable): CompiledRoute {
  if (route.kind === 'async') return { name: route.name, ops: compileSteps(route.steps, [], table) };
  const body = route.steps.map((s, i) => syncOp(s as SyncStep, [i], table));
  return { name: route.name, ops: [{ kind: 'to_thread', pool: 'anyio', body, path: NO_PATH }] };
}
