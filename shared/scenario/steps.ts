/**
 * Steps, walked by hand because what is allowed depends on where a step stands: an `async def`
 * route (or a gather branch) may await; a `def` route, and code sent to a thread or a process,
 * may only compute and block. Every problem is reported; a step with problems is dropped.
 */
import * as z from 'zod/mini';
import { LIMITS, formatCount } from './limits';
import { STEP_KINDS, type AsyncStep, type StepKind, type StepNotes, type SyncStep, type ThreadPoolKind } from './types';
import { describeValue, suggestion, type PathPart, type Problems } from './errors';
import { addZodIssues, check, isRecord, label as labelSchema, sourceColumn, sourceLine, timeMs } from './fields';

/** Where a list of steps runs: it decides which kinds are allowed. */
export type StepContext = 'async' | 'sync' | 'thread' | 'process';

/** Shared by every step of one route, so nested steps count toward its limit. */
export interface StepBudget {
  steps: number;
  /** Set once a too-long list has been reported, so the route does not report it twice. */
  overLimit?: boolean;
}

const SYNC_KINDS: readonly StepKind[] = ['cpu', 'blocking_io'];
const THREAD_POOLS: readonly ThreadPoolKind[] = ['anyio', 'executor'];
const poolSchema = z.enum(['anyio', 'executor'], {
  error: (iss) => `must be "anyio" (run_in_threadpool, shares the thread-pool tokens) or "executor" (asyncio.to_thread / run_in_executor) (got ${describeValue(iss.input)})`,
});
const STEP_SHAPE = `a step is one of ${STEP_KINDS.join(', ')}, with an optional label`;
/** Keys any step may have besides its kind (`assumed` only where there is a duration to guess). */
const NOTE_KEYS = ['label', 'line', 'column'];
const TIMED_KINDS: readonly StepKind[] = ['cpu', 'blocking_io', 'await_io'];

/** Words a learner might write for a step, and the kind they mean. */
const KIND_SYNONYMS: Record<string, StepKind> = {
  sleep: 'blocking_io', 'time.sleep': 'blocking_io', io: 'await_io', await: 'await_io', 'asyncio.sleep': 'await_io',
  compute: 'cpu', work: 'cpu', thread: 'to_thread', run_in_threadpool: 'to_thread', run_in_executor: 'to_thread',
  process: 'to_process', processpool: 'to_process',
};

function kindSuggestion(key: string): string {
  const synonym = KIND_SYNONYMS[key.toLowerCase()];
  return synonym !== undefined && Object.hasOwn(KIND_SYNONYMS, key.toLowerCase()) ? `did you mean "${synonym}"? ` : suggestion(key, STEP_KINDS);
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/** Why `kind` may not appear in `context`, and what to do instead; undefined when it may. */
function notAllowed(kind: StepKind, context: StepContext): string | undefined {
  if (context === 'async' || SYNC_KINDS.includes(kind)) return undefined;
  if (context === 'sync') {
    switch (kind) {
      case 'await_io':
        return 'not allowed in a sync route (await needs async def; use blocking_io, or make the route async)';
      case 'to_thread':
        return 'not allowed in a sync route (a def route already runs on a pool thread; put cpu and blocking_io steps in the route directly, or make the route async)';
      case 'to_process':
        return 'not allowed in a sync route (awaiting a process pool needs async def; make the route async)';
      default:
        return 'not allowed in a sync route (asyncio.gather needs async def; make the route async)';
    }
  }
  const where = context === 'thread' ? 'to_thread (that code runs in a thread' : 'to_process (that code runs in a process';
  if (kind === 'await_io') return `not allowed inside ${where}, where there is no await; use blocking_io)`;
  return `not allowed inside ${where}: only cpu and blocking_io steps)`;
}

/** A list of steps; returns the cleaned list, or undefined if any step has a problem. */
export function validateSteps(
  value: unknown,
  path: readonly PathPart[],
  context: StepContext,
  gatherDepth: number,
  budget: StepBudget,
  problems: Problems,
): AsyncStep[] | undefined {
  if (!Array.isArray(value)) {
    problems.add(path, `must be a list of steps like [{"cpu": 10}, {"blocking_io": 200}] (got ${describeValue(value)})`);
    return undefined;
  }
  // Counted before walking, so nested lists add to their parent's total and a hostile list
  // of millions of steps is refused without being walked.
  budget.steps += value.length;
  if (budget.steps > LIMITS.maxStepsPerRoute) {
    if (!budget.overLimit) {
      problems.add(path, `brings the route past ${formatCount(LIMITS.maxStepsPerRoute)} steps, the limit per route (counting steps inside to_thread, to_process and gather)`);
    }
    budget.overLimit = true;
    return undefined;
  }
  const before = problems.count;
  const steps: AsyncStep[] = [];
  value.forEach((item, i) => {
    if (budget.overLimit) return;
    const step = validateStep(item, [...path, i], context, gatherDepth, budget, problems);
    if (step !== undefined) steps.push(step);
  });
  return problems.count === before ? steps : undefined;
}

function validateStep(
  value: unknown,
  path: readonly PathPart[],
  context: StepContext,
  gatherDepth: number,
  budget: StepBudget,
  problems: Problems,
): AsyncStep | undefined {
  if (!isRecord(value)) {
    problems.add(path, `must be a step object like {"cpu": 10} (${STEP_SHAPE}; got ${describeValue(value)})`);
    return undefined;
  }
  const keys = Object.keys(value);
  const kinds = keys.filter((k): k is StepKind => (STEP_KINDS as readonly string[]).includes(k));
  const extras = keys.filter((k) => !(STEP_KINDS as readonly string[]).includes(k) && !NOTE_KEYS.includes(k) && k !== 'assumed' && k !== 'pool');
  const kind = kinds[0];
  if (kind === undefined) {
    for (const key of extras) problems.add([...path, key], `unknown step kind (${kindSuggestion(key)}${STEP_SHAPE})`);
    if (extras.length === 0) problems.add(path, `has no kind (${STEP_SHAPE}, e.g. {"cpu": 10})`);
    return undefined;
  }
  const before = problems.count;
  if (kinds.length > 1) {
    problems.add(path, `has ${kinds.length} kinds (${kinds.join(' and ')}); a step has exactly one (split it into consecutive steps)`);
  }
  const allowedExtras = [...NOTE_KEYS, ...(kind === 'to_thread' ? ['pool'] : []), ...(TIMED_KINDS.includes(kind) ? ['assumed'] : [])];
  for (const key of extras) {
    problems.add([...path, key], `unknown key (${suggestion(key, [...STEP_KINDS, ...allowedExtras])}${article(kind)} ${kind} step may also have: ${allowedExtras.join(', ')})`);
  }
  if ('pool' in value && kind !== 'to_thread') problems.add([...path, 'pool'], 'only a to_thread step has a pool (remove it)');
  if ('assumed' in value && !TIMED_KINDS.includes(kind)) problems.add([...path, 'assumed'], `only a ${TIMED_KINDS.join(', ')} step has a duration to assume (remove it)`);
  const notes = stepNotes(value, path, problems);
  const refusal = notAllowed(kind, context);
  if (refusal !== undefined) {
    problems.add([...path, kind], refusal);
    return undefined;
  }
  if (kinds.length > 1) return undefined;
  const body = stepBody(kind, value, [...path, kind], gatherDepth, budget, problems);
  if (body === undefined || problems.count !== before) return undefined;
  return { ...body, ...notes };
}

/** label, line, column and assumed, checked; only the ones written. */
function stepNotes(value: Record<string, unknown>, path: readonly PathPart[], problems: Problems): StepNotes {
  const notes: StepNotes = {};
  if ('label' in value) notes.label = check(labelSchema, value.label, [...path, 'label'], problems);
  if ('line' in value) notes.line = check(sourceLine, value.line, [...path, 'line'], problems);
  if ('column' in value) notes.column = check(sourceColumn, value.column, [...path, 'column'], problems);
  if ('assumed' in value) {
    if (typeof value.assumed === 'boolean') notes.assumed = value.assumed;
    else problems.add([...path, 'assumed'], `must be true (the duration is a guess) or false (got ${describeValue(value.assumed)})`);
  }
  for (const key of Object.keys(notes) as (keyof StepNotes)[]) if (notes[key] === undefined) delete notes[key];
  return notes;
}

/** The step without its label, checked for its kind; undefined on a problem. */
function stepBody(
  kind: StepKind,
  step: Record<string, unknown>,
  path: readonly PathPart[],
  gatherDepth: number,
  budget: StepBudget,
  problems: Problems,
): AsyncStep | undefined {
  const value = step[kind];
  switch (kind) {
    case 'cpu':
    case 'blocking_io':
    case 'await_io': {
      const ms = check(timeMs, value, path, problems);
      if (ms === undefined) return undefined;
      return kind === 'cpu' ? { cpu: ms } : kind === 'blocking_io' ? { blocking_io: ms } : { await_io: ms };
    }
    case 'to_thread': {
      const body = syncBody(value, path, 'thread', budget, problems);
      const pool = poolOf(step, path.slice(0, -1), problems);
      return body === undefined || pool === undefined ? undefined : { to_thread: body, pool };
    }
    case 'to_process': {
      const body = syncBody(value, path, 'process', budget, problems);
      return body === undefined ? undefined : { to_process: body };
    }
    case 'gather':
      return gatherBody(value, path, gatherDepth + 1, budget, problems);
  }
}

/** `pool` is optional and defaults to "anyio": Starlette's own run_in_threadpool. */
function poolOf(step: Record<string, unknown>, path: readonly PathPart[], problems: Problems): ThreadPoolKind | undefined {
  if (!('pool' in step)) return 'anyio';
  const result = poolSchema.safeParse(step.pool);
  if (result.success) return result.data;
  addZodIssues(problems, [...path, 'pool'], result.error.issues, step.pool, THREAD_POOLS);
  return undefined;
}

function syncBody(value: unknown, path: readonly PathPart[], context: 'thread' | 'process', budget: StepBudget, problems: Problems): SyncStep[] | undefined {
  if (Array.isArray(value) && value.length === 0) {
    problems.add(path, `is empty (list the sync code the ${context} runs, e.g. [{"cpu": 50}])`);
    return undefined;
  }
  // In a thread or process context validateSteps only lets cpu and blocking_io through.
  return validateSteps(value, path, context, 0, budget, problems) as SyncStep[] | undefined;
}

function gatherBody(value: unknown, path: readonly PathPart[], depth: number, budget: StepBudget, problems: Problems): AsyncStep | undefined {
  if (depth > LIMITS.maxGatherDepth) {
    problems.add(path, `gather is nested more than ${LIMITS.maxGatherDepth} levels deep (the limit; flatten the inner gathers)`);
    return undefined;
  }
  if (!Array.isArray(value) || value.length === 0) {
    problems.add(path, `must be a non-empty list of branches, each a list of steps, e.g. [[{"await_io": 100}], [{"await_io": 80}]] (got ${Array.isArray(value) ? 'an empty list' : describeValue(value)})`);
    return undefined;
  }
  const before = problems.count;
  const branches: AsyncStep[][] = [];
  value.forEach((branch, b) => {
    if (Array.isArray(branch) && branch.length === 0) {
      problems.add([...path, b], 'is an empty branch (a branch is a list of at least one step, e.g. [{"await_io": 100}])');
      return;
    }
    const steps = validateSteps(branch, [...path, b], 'async', depth, budget, problems);
    if (steps !== undefined) branches.push(steps);
  });
  return problems.count === before ? { gather: branches } : undefined;
}
