/**
 * The timeline engine: a deterministic discrete-event simulation of Uvicorn + Starlette +
 * AnyIO + CPython running a scenario. docs/model.md states its rules, each with the measurement
 * and the source lines of the real stack behind it.
 * Pure: no clock, no I/O, no randomness. Same scenario in, byte-identical timeline out.
 *
 * @example
 *   const timeline = simulate(scenario);            // segments for the charts
 *   const { metrics } = simulate(big, { segments: false }); // metrics only, for 10^6 requests
 */
import type { AsyncStep, Scenario, SyncStep } from '../scenario/types';
import { compareLanes, type Lane, type SimulateOptions, type Timeline } from './timeline';
import { EventKind, EventQueue, Priority } from './eventQueue';
import { Recorder } from './recorder';
import { Cores } from './cores';
import { compileRoute, PathTable } from './compile';
import { planArrivals, type ArrivalCursor } from './arrivals';
import { Task, Worker, type World } from './world';
import { Fifo } from './fifo';
import { GilTimers } from './gilTimers';
import { arrive, loopRun } from './eventLoop';
import { loopWoken } from './readyQueue';
import { awaitDone } from './coroutine';
import { threadStepDone } from './threadJob';
import type { SimThread } from './simThread';
import { computeMetrics } from './metrics';
import type { SegmentColumns } from './segmentColumns';
import { requestsFromColumns, type RequestColumns } from './requestColumns';

/** Thrown when a scenario would need more events than `maxEvents`: a clear limit, never a hang. */
export class SimulationTooLargeError extends Error {
  constructor(readonly maxEvents: number, readonly atMs: number) {
    super(
      `this scenario needs more than ${maxEvents.toLocaleString('en-US')} simulation events ` +
        `(stopped at ${Math.round(atMs).toLocaleString('en-US')} ms of simulated time): ` +
        'shorten the CPU bursts, raise server.switchIntervalMs, or send fewer requests',
    );
    this.name = 'SimulationTooLargeError';
  }
}

/** About 15 s of work on a slow machine; the 1M-request benchmark needs 6.5M. */
export const DEFAULT_MAX_EVENTS = 20_000_000;

export function simulate(scenario: Scenario, options: SimulateOptions = {}): Timeline {
  const world = run(scenario, options, true);
  const { timeline, laneMap, requests } = finish(scenario, world, options.requests !== false);
  // Objects straight from the recorder's blocks: joining them into columns first copied every
  // segment once more only to read it back (at 100k requests, 1.07 million segments, 39 MB).
  const segments = options.segments !== false ? world.rec.segments.segments(laneMap) : [];
  return { lanes: timeline.lanes, segments, requests: requestsFromColumns(requests), metrics: timeline.metrics, events: timeline.events };
}

/** What simulateColumns returns: the timeline with its segments and requests still as columns. */
export interface ColumnarTimeline {
  timeline: Omit<Timeline, 'segments' | 'requests'>;
  columns: SegmentColumns;
  requests: RequestColumns;
}

/**
 * simulate() with the segments and requests left as columns (see segmentColumns.ts,
 * requestColumns.ts): what a host that moves timelines between threads, or lays out tens of
 * thousands of segments, wants.
 */
export function simulateColumns(scenario: Scenario, options: SimulateOptions = {}): ColumnarTimeline {
  const world = run(scenario, options, false);
  const { timeline, laneMap, requests } = finish(scenario, world, options.requests !== false);
  const columns = world.rec.segments.columns(laneMap);
  if (options.segments === false) columns.length = 0;
  return { timeline, columns, requests };
}

/**
 * Runs the scenario to its end; what it recorded is still in the world's recorder.
 * `asObjects`: its segments will be read as objects, so its columns need not be one block.
 */
function run(scenario: Scenario, options: SimulateOptions, asObjects: boolean): World {
  const keepSegments = options.segments !== false;
  const maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
  const cfg = scenario.server;
  const plan = planArrivals(scenario);
  const n = plan.count;
  // Priority and tie share one integer in the event queue (eventQueue.ts): ids must stay below 2^21.
  if (n >= 1 << 21) throw new Error(`the engine simulates at most ${(1 << 21) - 1} requests (got ${n})`);
  const paths = new PathTable();
  const routeOps = scenario.routes.map((r) => compileRoute(r, paths, cfg.loopCpuPerRequestMs).ops);
  const gilTimers = new GilTimers(options.gilTimeoutsOneByOne === true);
  const world: World = {
    now: 0,
    queue: new EventQueue(),
    rec: new Recorder(keepSegments, n, cfg.workers, options.requests !== false && options.stateTotals !== false, Math.max(1, ...scenario.routes.map((r) => leafSteps(r.steps))), paths.paths, cfg.cores, options.mergeSegments !== false, asObjects),
    cores: new Cores(cfg.cores),
    cfg,
    workers: Array.from({ length: cfg.workers }, (_, i) => new Worker(i, cfg, gilTimers)),
    pending: new Fifo<Task>(),
    dueLoops: [],
    idleLoops: [],
    acceptWake: null,
    gilTimers,
    plan,
    routeOps,
    freeTasks: [],
    arrival: new Float64Array(n),
    start: new Float64Array(n).fill(-1),
    end: new Float64Array(n).fill(-1),
    workerOf: new Int32Array(n).fill(-1),
    latency: new Float64Array(n),
    firstArrival: Infinity,
    lastEnd: 0,
    completed: 0,
    busyPoolThreads: 0,
    peakPoolThreads: 0,
    events: 0,
  };
  world.rec.finishedRequests = () => world.completed;
  world.rec.clock = world;
  // Every worker's loop gets a lane even if it never blocks: an idle loop is part of the story.
  for (const w of world.workers) world.rec.laneOf(w.loop);
  // At start every loop is idle and worker 0 counts as the most recently idle (docs/model.md#accept).
  for (let i = cfg.workers - 1; i >= 0; i--) world.idleLoops.push(world.workers[i]!);
  for (const c of plan.cursors) world.queue.push(c.t, Priority.StateChange, c.id, EventKind.Arrival, c);

  while (step(world, maxEvents));
  // Counted as if each timeout had been an event of its own (gilTimers.ts): so it was, once.
  world.events += gilTimers.applied + gilTimers.leftOver();
  world.cores.finish(world.now);
  if (world.completed !== n) throw new Error(`engine bug: ${n - world.completed} of ${n} requests never finished`);
  return world;
}

/**
 * Takes the next event and runs it: false when there is none left. A function of its own, not
 * the body of run()'s loop: a loop the compiler optimised while it ran (on-stack replacement)
 * and then had to drop, on a path the run had not taken yet, stayed in the interpreter for the
 * rest of the run (the 100k benchmark spent a tenth of its time there), where a function is
 * simply optimised again on its next calls.
 */
function step(world: World, maxEvents: number): boolean {
  const queue = world.queue;
  const cores = world.cores;
  const due = world.dueLoops;
  const gilTimers = world.gilTimers;
  // The first burst end is kept out of the heap (cores.ts) but goes where the heap would put it.
  const endNext = cores.endAt <= queue.nextTime && cores.endIsNext(world); // (Infinity: none)
  // Loop runs are due now; they come after this instant's state changes and GIL timeouts,
  // which may still be queued (or be queued by one of them), and before anything later.
  if (due.length > 0 && gilTimers.nextAt !== world.now && !(endNext ? cores.endAt === world.now : queue.nextTime === world.now && queue.nextIsBeforePriority(Priority.Loop))) {
    if (++world.events + gilTimers.applied > maxEvents) throw new SimulationTooLargeError(maxEvents, world.now);
    gilTimers.loopRunAt(world);
    loopRun(world, due.pop()!);
    return true;
  }
  // A GIL's call (a timeout, or a check: gilTimers.ts) comes before the next state change unless
  // that one is earlier, or at the same instant: state changes come first.
  if (gilTimers.nextAt < (endNext ? cores.endAt : queue.nextTime)) {
    world.now = gilTimers.nextAt;
    if (!gilTimers.nextIsCheck && ++world.events + gilTimers.applied > maxEvents) throw new SimulationTooLargeError(maxEvents, world.now);
    gilTimers.fire(world);
    return true;
  }
  if (endNext) {
    world.now = cores.endAt;
    if (++world.events + gilTimers.applied > maxEvents) throw new SimulationTooLargeError(maxEvents, world.now);
    gilTimers.stateChangeAt(world);
    const th = cores.takeEnd();
    threadStepDone(world, th, th.version);
    return true;
  }
  const ev = queue.pop();
  if (ev < 0) return false;
  world.now = queue.time(ev);
  if (++world.events + gilTimers.applied > maxEvents) throw new SimulationTooLargeError(maxEvents, world.now);
  gilTimers.stateChangeAt(world);
  const target = queue.target(ev);
  switch (queue.kind(ev)) {
    case EventKind.Arrival:
      onArrival(world, target as ArrivalCursor | number);
      break;
    case EventKind.AwaitDone:
      awaitDone(world, target as Task);
      break;
    case EventKind.ThreadStepDone:
      threadStepDone(world, target as SimThread, queue.version(ev));
      break;
    case EventKind.LoopWake:
      loopWoken(world, target as Worker);
      break;
    case EventKind.GilWake: {
      const th = target as SimThread;
      th.gil!.woken(world, th, queue.version(ev));
      break;
    }
  }
  queue.release(ev);
  return true;
}

/** Steps that do work, nested ones included (a to_thread counts its body, a gather its branches). */
function leafSteps(steps: readonly (AsyncStep | SyncStep)[]): number {
  let n = 0;
  for (const s of steps) {
    if ('to_thread' in s) n += leafSteps(s.to_thread);
    else if ('to_process' in s) n += leafSteps(s.to_process);
    else if ('gather' in s) for (const b of s.gather) n += leafSteps(b);
    else n++;
  }
  return n;
}

function onArrival(world: World, target: ArrivalCursor | number): void {
  let id: number;
  if (typeof target === 'number') id = target;
  else {
    id = target.id;
    if (--target.left > 0) {
      target.id += target.idStep;
      target.t += target.every;
      world.queue.push(target.t, Priority.StateChange, target.id, EventKind.Arrival, target);
    }
  }
  world.arrival[id] = world.now;
  if (world.now < world.firstArrival) world.firstArrival = world.now;
  const ops = world.routeOps[world.plan.route[id]!]!;
  arrive(world, world.freeTasks.pop()?.reuse(id, ops, null) ?? new Task(id, ops, null));
}

/**
 * Everything but the segments: the lanes, numbered in their order (`laneMap` takes a recorded
 * lane id to its number), the request columns and the metrics.
 */
function finish(scenario: Scenario, world: World, keepRequests: boolean): { timeline: ColumnarTimeline['timeline']; laneMap: Int32Array; requests: RequestColumns } {
  const rec = world.rec;
  // Lanes were numbered by first use; number them by worker, then kind, then index.
  const lanes: Lane[] = [...rec.lanes].sort(compareLanes);
  const laneMap = new Int32Array(lanes.length);
  lanes.forEach((lane, i) => {
    laneMap[lane.id] = i;
    lane.id = i;
  });

  const requests: RequestColumns = {
    length: keepRequests ? world.plan.count : 0,
    routes: scenario.routes.map((r) => r.name),
    route: world.plan.route,
    worker: world.workerOf,
    arrival: world.arrival,
    start: world.start,
    end: world.end,
    stateTime: rec.stateTime,
  };
  const metrics = computeMetrics({
    latencies: world.latency,
    firstArrival: world.firstArrival,
    lastEnd: world.lastEnd,
    loopBlocked: rec.loopBlocked,
    peakThreads: world.peakPoolThreads,
    cores: world.cfg.cores,
    timeAtLevel: world.cores.timeAtLevel,
  });
  return { timeline: { lanes, metrics, events: world.events }, laneMap, requests };
}
