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

export const enum OpKind {
  Cpu,
  BlockingIo,
  AwaitIo,
  ToThread,
  ToProcess,
  Gather,
  /** The loop's own work for the request (docs/model.md#server-work): CPU on the loop. */
  Server,
}

/** Which pool a to_thread uses: AnyIO's (run_in_threadpool, def routes) or asyncio's default executor. */
export const enum Pool {
  Anyio,
  Executor,
}

/**
 * One step, compiled. Every op has every field (unused ones empty): one object shape, so the
 * engine's hot loop reads `kind`, `ms` and `path` from a single hidden class instead of five.
 */
export interface Op {
  readonly kind: OpKind;
  /** cpu, blocking_io, await_io: the duration. */
  readonly ms: number;
  readonly path: PathId;
  /** to_thread only. */
  readonly pool: Pool;
  /** to_thread, to_process: the sync steps run on the thread or process. */
  readonly body: SyncOp[];
  /** gather: one op list per branch. */
  readonly branches: Op[][];
}

/** An op a thread can run: OpKind.Cpu or OpKind.BlockingIo. */
export type SyncOp = Op;

const NONE: never[] = [];

function op(kind: OpKind, path: PathId, ms = 0, pool = Pool.Anyio, body: SyncOp[] = NONE, branches: Op[][] = NONE): Op {
  return { kind, ms, path, pool, body, branches };
}

export interface CompiledRoute {
  name: string;
  ops: Op[];
}

/**
 * The server's work around a route's steps has paths outside the steps: [-1] before the first
 * (accept, read and parse the request, dispatch it), [-2] after the last (send the response).
 */
export const RECEIVE_PATH: readonly number[] = [-1];
export const RESPOND_PATH: readonly number[] = [-2];
/** The loop starting a pool thread, or forking the process pool (docs/model.md#start-up). */
export const THREAD_START_PATH: readonly number[] = [-3];
export const PROCESS_START_PATH: readonly number[] = [-4];
/** Their ids in every run's path table. */
export const RECEIVE_PATH_ID: PathId = 1;
export const RESPOND_PATH_ID: PathId = 2;
export const THREAD_START_PATH_ID: PathId = 3;
export const PROCESS_START_PATH_ID: PathId = 4;

/**
 * Of the loop's CPU per request, the share spent before the route runs (accept, h11 parsing,
 * Starlette's routing, FastAPI's dependencies); the rest sends the response.
 */
export const RECEIVE_SHARE = 0.5;

/**
 * The step paths of one run: `ids[k]` is the path of id k. Id 0 is the empty path (a def
 * route's own to_thread, a loop's GIL wait between requests); ids 1–4 the server's own work.
 */
export class PathTable {
  readonly paths: number[][] = [[], [...RECEIVE_PATH], [...RESPOND_PATH], [...THREAD_START_PATH], [...PROCESS_START_PATH]];

  add(path: number[]): PathId {
    this.paths.push(path);
    return this.paths.length - 1;
  }
}

function syncOp(step: SyncStep, path: number[], table: PathTable): SyncOp {
  const id = table.add(path);
  return 'cpu' in step ? op(OpKind.Cpu, id, step.cpu) : op(OpKind.BlockingIo, id, step.blocking_io);
}

function compileSteps(steps: Step[], prefix: number[], table: PathTable): Op[] {
  return steps.map((step, i): Op => {
    const path = [...prefix, i];
    switch (stepKind(step)) {
      case 'cpu':
      case 'blocking_io':
        return syncOp(step as SyncStep, path, table);
      case 'await_io':
        return op(OpKind.AwaitIo, table.add(path), (step as { await_io: number }).await_io);
      case 'to_thread': {
        const s = step as { to_thread: SyncStep[]; pool?: 'anyio' | 'executor' };
        const id = table.add(path);
        return op(OpKind.ToThread, id, 0, s.pool === 'executor' ? Pool.Executor : Pool.Anyio, s.to_thread.map((b, j) => syncOp(b, [...path, j], table)));
      }
      case 'to_process': {
        const s = step as { to_process: SyncStep[] };
        const id = table.add(path);
        return op(OpKind.ToProcess, id, 0, Pool.Anyio, s.to_process.map((b, j) => syncOp(b, [...path, j], table)));
      }
      case 'gather': {
        const s = step as { gather: Step[][] };
        const id = table.add(path);
        return op(OpKind.Gather, id, 0, Pool.Anyio, NONE, s.gather.map((branch, b) => compileSteps(branch, [...path, b], table)));
      }
    }
  });
}

/**
 * A route's ops, with the loop's own work for the request around them when `serverMs` > 0:
 * a request's handler runs inside uvicorn's and FastAPI's code on the loop.
 */
export function compileRoute(route: Route, table: PathTable, serverMs = 0): CompiledRoute {
  const ops = route.kind === 'async'
    ? compileSteps(route.steps, [], table)
    : [op(OpKind.ToThread, NO_PATH, 0, Pool.Anyio, route.steps.map((s, i) => syncOp(s as SyncStep, [i], table)))];
  if (serverMs > 0) {
    ops.unshift(op(OpKind.Server, RECEIVE_PATH_ID, serverMs * RECEIVE_SHARE));
    ops.push(op(OpKind.Server, RESPOND_PATH_ID, serverMs * (1 - RECEIVE_SHARE)));
  }
  return { name: route.name, ops };
}
