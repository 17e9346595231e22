/**
 * Routes compiled for the engine: each step carries its path (shared by every request of
 * the route, so a million segments do not allocate a million path arrays). A `def` route
 * becomes one anyio `to_thread` step around its body, because that is what Starlette does:
 * `await run_in_threadpool(endpoint)`.
 */
import type { Route, Step, SyncStep } from '../scenario/types';
import { stepKind } from '../scenario/types';
import { NO_PATH } from './simThread';

export interface SyncOp {
  kind: 'cpu' | 'blocking_io';
  ms: number;
  path: number[];
}

export type Op =
  | SyncOp
  | { kind: 'await_io'; ms: number; path: number[] }
  | { kind: 'to_thread'; pool: 'anyio' | 'executor'; body: SyncOp[]; path: number[] }
  | { kind: 'to_process'; body: SyncOp[]; path: number[] }
  | { kind: 'gather'; branches: Op[][]; path: number[] };

export interface CompiledRoute {
  name: string;
  ops: Op[];
}

function syncOp(step: SyncStep, path: number[]): SyncOp {
  return 'cpu' in step ? { kind: 'cpu', ms: step.cpu, path } : { kind: 'blocking_io', ms: step.blocking_io, path };
}

function compileSteps(steps: Step[], prefix: number[]): Op[] {
  return steps.map((step, i): Op => {
    const path = [...prefix, i];
    switch (stepKind(step)) {
      case 'cpu':
      case 'blocking_io':
        return syncOp(step as SyncStep, path);
      case 'await_io':
        return { kind: 'await_io', ms: (step as { await_io: number }).await_io, path };
      case 'to_thread': {
        const s = step as { to_thread: SyncStep[]; pool?: 'anyio' | 'executor' };
        return { kind: 'to_thread', pool: s.pool ?? 'anyio', body: s.to_thread.map((b, j) => syncOp(b, [...path, j])), path };
      }
      case 'to_process': {
        const s = step as { to_process: SyncStep[] };
        return { kind: 'to_process', body: s.to_process.map((b, j) => syncOp(b, [...path, j])), path };
      }
      case 'gather': {
        const s = step as { gather: Step[][] };
        return { kind: 'gather', branches: s.gather.map((branch, b) => compileSteps(branch, [...path, b])), path };
      }
    }
  });
}

export function compileRoute(route: Route): CompiledRoute {
  if (route.kind === 'async') return { name: route.name, ops: compileSteps(route.steps, []) };
  const body = route.steps.map((s, i) => syncOp(s as SyncStep, [i]));
  return { name: route.name, ops: [{ kind: 'to_thread', pool: 'anyio', body, path: NO_PATH }] };
}
