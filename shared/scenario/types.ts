/**
 * The scenario document, as docs/scenario-format.md describes it (after loading: defaults filled in).
 * The JSON shape is kept as-is so that what the app saves is what the user wrote.
 */

/**
 * What every step may carry besides its kind: a label the chart shows, and, for a step read
 * from a Python file (shared/analyze), where it comes from and whether its duration is a guess.
 */
export interface StepNotes {
  label?: string;
  /** 1-based line and column of the call in the analysed Python source. */
  line?: number;
  column?: number;
  /** The duration is a documented default, not stated in the code: an editable guess. */
  assumed?: boolean;
}

/** The keys of StepNotes, in the order a saved file writes them. */
export const STEP_NOTE_KEYS = ['label', 'line', 'column', 'assumed'] as const;

/** Sync code: what may run on a pool thread or in a pool process. */
export type SyncStep =
  | ({ cpu: number } & StepNotes)
  | ({ blocking_io: number } & StepNotes);

/** What an `async def` route may do. */
export type AsyncStep =
  | SyncStep
  | ({ await_io: number } & StepNotes)
  | ({ to_thread: SyncStep[]; pool: ThreadPoolKind } & StepNotes)
  | ({ to_process: SyncStep[] } & StepNotes)
  | ({ gather: AsyncStep[][] } & StepNotes);

export type Step = AsyncStep;
export type StepKind = 'cpu' | 'blocking_io' | 'await_io' | 'to_thread' | 'to_process' | 'gather';
export const STEP_KINDS: readonly StepKind[] = ['cpu', 'blocking_io', 'await_io', 'to_thread', 'to_process', 'gather'];

/** `anyio`: run_in_threadpool (shares the 40 tokens); `executor`: asyncio.to_thread / run_in_executor(None, …). */
export type ThreadPoolKind = 'anyio' | 'executor';
export type RouteKind = 'async' | 'sync';

export interface Route {
  name: string;
  kind: RouteKind;
  steps: Step[];
}

export interface ServerConfig {
  cores: number;
  workers: number;
  threadpoolTokens: number;
  executorThreads: number;
  processPoolWorkers: number;
  gil: boolean;
  switchIntervalMs: number;
  /**
   * true: the pools' threads and processes were started by earlier requests, so starting one
   * costs nothing; false (a server that has just started): the first jobs pay for it.
   */
  warmPools: boolean;
  /**
   * The loop's own CPU time per request (docs/model.md#server-work): accepting the connection,
   * reading and parsing the request, dispatching it; then sending the response.
   */
  loopCpuPerRequestMs: number;
}

/** One request, or a train of `count` requests `every` ms apart. */
export interface OpenArrival {
  route: string;
  at: number;
  count?: number;
  every?: number;
}

/** Closed-loop load: `users` users each send `each` requests, `think` ms after the previous one ended. */
export interface ClosedArrival {
  route: string;
  users: number;
  each: number;
  think: number;
  at?: number;
}

export type Arrival = OpenArrival | ClosedArrival;

/**
 * A fix the user chose for a step read from Python (LoopLab's analyser): the step at this
 * line and column, in every async route that has it, as the "With fixes" comparison runs it.
 * `await`: an async library instead of the blocking call; `threadpool`: run_in_threadpool;
 * `process`: a process pool; `def`: the route made def. The engine ignores fixes.
 */
export type FixKind = 'await' | 'threadpool' | 'process' | 'def';
export const FIX_KINDS: readonly FixKind[] = ['await', 'threadpool', 'process', 'def'];
export interface ScenarioFix {
  line: number;
  column: number;
  fix: FixKind;
}

export interface Scenario {
  name: string;
  description?: string;
  server: ServerConfig;
  routes: Route[];
  requests: Arrival[];
  fixes?: ScenarioFix[];
}

/** The `server` block as written in a file: every field optional. */
export type ServerInput = Partial<ServerConfig>;

export function isClosedArrival(a: Arrival): a is ClosedArrival {
  return 'users' in a;
}

/** How many requests one entry sends. */
export function requestCount(a: Arrival): number {
  return isClosedArrival(a) ? a.users * a.each : (a.count ?? 1);
}

/** How many requests the whole scenario sends. */
export function totalRequests(scenario: Scenario): number {
  let total = 0;
  for (const a of scenario.requests) total += requestCount(a);
  return total;
}

/** A step's notes (label, source position, assumed), copied onto another step: what a conversion keeps. */
export function notesOf(step: StepNotes): StepNotes {
  const notes: StepNotes = {};
  for (const key of STEP_NOTE_KEYS) if (step[key] !== undefined) Object.assign(notes, { [key]: step[key] });
  return notes;
}

/** The kind of a step: the one key among STEP_KINDS it carries. */
export function stepKind(step: Step): StepKind {
  if ('cpu' in step) return 'cpu';
  if ('blocking_io' in step) return 'blocking_io';
  if ('await_io' in step) return 'await_io';
  if ('to_thread' in step) return 'to_thread';
  if ('to_process' in step) return 'to_process';
  return 'gather';
}

/**
 * What uvicorn (h11), Starlette and FastAPI cost the loop per request, measured on the real
 * stack (docs/model.md#server-work).
 */
export const LOOP_CPU_PER_REQUEST_MS = 0.35;

/** The documented defaults (docs/scenario-format.md); executorThreads and processPoolWorkers follow `cores`. */
export function defaultServer(input: ServerInput = {}): ServerConfig {
  const cores = input.cores ?? 2;
  return {
    cores,
    workers: input.workers ?? 1,
    threadpoolTokens: input.threadpoolTokens ?? 40,
    executorThreads: input.executorThreads ?? Math.min(32, cores + 4),
    processPoolWorkers: input.processPoolWorkers ?? cores,
    gil: input.gil ?? true,
    switchIntervalMs: input.switchIntervalMs ?? 5,
    warmPools: input.warmPools ?? false,
    loopCpuPerRequestMs: input.loopCpuPerRequestMs ?? LOOP_CPU_PER_REQUEST_MS,
  };
}
