/**
 * The size of an executor the file makes: `ThreadPoolExecutor(max_workers=3)` handed to
 * `loop.run_in_executor(pool, …)` runs at most 3 jobs at once, not the min(32, cores + 4) of
 * asyncio's default executor; `ProcessPoolExecutor(max_workers=4)`, 4 processes, not one per
 * core. The scenario has one executor and one process pool per worker (docs/model.md), so
 * when the file hands work to one executor of a stated size and to no other (asyncio's
 * default one included), that size is the server's; otherwise the pools keep their defaults,
 * and a note says how the file's pool is read (LOOP208).
 */
import type { ServerInput } from '../scenario/types';
import { localsOf } from './bindings';
import { callArgument } from './callArguments';
import type { BodyWalker, Frame } from './bodySteps';
import type { Findings } from './findings';
import { statedNumber } from './literals';
import { fieldOf, nodeText, type PyNode } from './syntax';

export type ExecutorKind = 'thread' | 'process';

/** One executor the walk saw work handed to: where the file makes it and the size it states (null: none stated). */
export interface ExecutorUse {
  readonly kind: ExecutorKind;
  readonly made: PyNode | null;
  readonly size: number | null;
}

const TYPES: Record<string, ExecutorKind> = {
  'concurrent.futures.ThreadPoolExecutor': 'thread',
  'concurrent.futures.ProcessPoolExecutor': 'process',
};

/** Records the executor `executor` stands for (null: asyncio's default one) as used. */
export function useExecutor(w: BodyWalker, executor: PyNode | null, kind: ExecutorKind, frame: Frame): void {
  const made = executor === null ? null : madeAt(w, executor, frame);
  const maxWorkers = made ? callArgument(made, 0, 'max_workers', w.text) : null;
  const size = maxWorkers ? statedNumber(w.resolver, maxWorkers, frame.fn) : null;
  w.findings.executors.push({ kind, made, size: size !== null && Number.isInteger(size) && size >= 1 ? size : null });
}

/** The call that makes the executor a name or attribute holds (`pool = ThreadPoolExecutor(3)`, `app.state.pool = …`, `with … as pool`). */
function madeAt(w: BodyWalker, node: PyNode, frame: Frame): PyNode | null {
  let values: PyNode[] = [];
  if (node.type === 'identifier') {
    const name = nodeText(w.text, node);
    for (let fn: typeof frame.fn | null = frame.fn; fn && values.length === 0; fn = fn.parent) values = localsOf(fn, w.text).get(name) ?? [];
    if (values.length === 0) values = w.resolver.module.assignments.get(name) ?? [];
  } else if (node.type === 'attribute') {
    values = (w.resolver.module.attributes.get(nodeText(w.text, fieldOf(node, 'attribute'))) ?? []).map((a) => a.value);
  } else if (node.type === 'call') {
    values = [node];
  }
  return values.find((v) => {
    if (v.type !== 'call') return false;
    const callee = w.resolver.resolve(fieldOf(v, 'function'), frame.fn);
    return callee.kind === 'name' && TYPES[callee.path] !== undefined;
  }) ?? null;
}

/** The server's pool sizes the file states, with a note at each executor it makes. */
export function executorServer(findings: Findings): ServerInput {
  const server: ServerInput = {};
  for (const kind of ['thread', 'process'] as const) {
    const uses = findings.executors.filter((u) => u.kind === kind);
    const made = [...new Set(uses.map((u) => u.made).filter((m): m is PyNode => m !== null))];
    if (made.length === 0) continue;
    const only = made.length === 1 && uses.every((u) => u.made === made[0]) ? uses[0]! : null;
    const pool = kind === 'thread' ? "asyncio's default executor" : 'the process pool';
    if (only !== null && only.size !== null) {
      if (kind === 'thread') server.executorThreads = only.size;
      else server.processPoolWorkers = only.size;
      const units = kind === 'thread' ? (only.size === 1 ? 'thread' : 'threads') : (only.size === 1 ? 'process' : 'processes');
      findings.note(made[0]!, 'LOOP208', `the work handed to this pool runs on ${only.size} ${units} at most: the scenario's ${kind === 'thread' ? 'executor' : 'process pool'} has ${only.size} (server.${kind === 'thread' ? 'executorThreads' : 'processPoolWorkers'})`);
      continue;
    }
    // With no size stated, the pool is as large as the server's default one (min(32, cores + 4) threads; a process per core).
    if (only !== null) continue;
    const why = made.length > 1 ? 'the file hands work to more than one such pool' : `the file hands work to it and to ${pool}`;
    for (const at of made) findings.note(at, 'LOOP208', `read as ${pool}, of the server's size (${why}, and the scenario has one per worker); set its size in the server settings`);
  }
  return server;
}
