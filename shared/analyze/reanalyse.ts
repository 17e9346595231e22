/**
 * Analysing the code again after the user edited it, without losing their work: a duration
 * they typed, a fix they chose, the load and the server they set carry over to the new
 * scenario wherever the code they belong to is still there (a pool size the code newly states
 * replaces a server default). "Still there" means the same
 * route, a line with the same text (wherever it moved) and the same call (label); the n-th
 * such step of a route matches the n-th. A line whose text changed is new code: it takes what
 * the new analysis says (`time.sleep(0.5)` instead of `time.sleep(0.2)` is 500 ms again).
 */
import { defaultServer, type AsyncStep, type Scenario, type ScenarioFix, type ServerConfig } from '../scenario/types';
import { LineIndex } from './syntax';

interface Analysed {
  /** The Python the scenario was read from. */
  source: string;
  scenario: Scenario;
}

type Timed = { kind: 'cpu' | 'blocking_io' | 'await_io'; ms: number; assumed: boolean };

/**
 * `previous`: the document as the user has it now (their edits included) and the code it was
 * read from. `next`: the new code's fresh analysis. Returns `next.scenario` with their edits.
 */
export function carryEdits(previous: Analysed, next: Analysed): Scenario {
  const oldLines = new LineIndex(previous.source);
  const newLines = new LineIndex(next.source);
  const oldSteps = keyedSteps(previous.scenario, oldLines);
  const byKey = new Map(oldSteps.map((s) => [s.key, s]));
  const newSteps = keyedSteps(next.scenario, newLines);
  const moved = new Map<string, { line: number; column: number }>();
  for (const s of newSteps) {
    const old = byKey.get(s.key);
    if (old) moved.set(`${old.step.line}:${old.step.column}`, { line: s.step.line!, column: s.step.column! });
  }

  const carry = (step: AsyncStep, route: string, counts: Map<string, number>): AsyncStep => {
    const key = stepKey(step, route, newLines, counts);
    const old = key === null ? undefined : byKey.get(key);
    const timed = old && timing(old.step);
    const own = timing(step);
    if (!timed || !own || timed.kind !== own.kind) return nested(step, route, counts);
    const { assumed: _guess, ...rest } = step;
    return { ...rest, [own.kind]: timed.ms, ...(timed.assumed ? { assumed: true } : {}) };
  };
  const nested = (step: AsyncStep, route: string, counts: Map<string, number>): AsyncStep => {
    if ('to_thread' in step) return { ...step, to_thread: step.to_thread.map((s) => carry(s, route, counts) as typeof s) };
    if ('to_process' in step) return { ...step, to_process: step.to_process.map((s) => carry(s, route, counts) as typeof s) };
    if ('gather' in step) return { ...step, gather: step.gather.map((b) => b.map((s) => carry(s, route, counts))) };
    return step;
  };

  const routes = next.scenario.routes.map((route) => {
    const counts = new Map<string, number>();
    return { ...route, steps: route.steps.map((s) => carry(s, route.name, counts)) };
  });
  const names = new Set(routes.map((r) => r.name));
  const kept = previous.scenario.requests.filter((a) => names.has(a.route));
  const loaded = new Set(kept.map((a) => a.route));
  const requests = [...kept, ...next.scenario.requests.filter((a) => !loaded.has(a.route))];
  const fixes = (previous.scenario.fixes ?? []).flatMap((f): ScenarioFix[] => {
    const to = moved.get(`${f.line}:${f.column}`);
    return to ? [{ ...to, fix: f.fix }] : [];
  });
  return { ...next.scenario, server: carriedServer(previous.scenario.server, next.scenario.server), routes, requests, ...(fixes.length > 0 ? { fixes } : {}) };
}

/**
 * The user's server, but for a pool size the new code states (`ThreadPoolExecutor(max_workers=3)`,
 * executorSizes.ts) where theirs is still the default: the code said something new and they
 * had not set it. A size they set, or the old code stated, stays (telling them apart would
 * need the old code's own reading).
 */
function carriedServer(theirs: ServerConfig, fresh: ServerConfig): ServerConfig {
  const server = { ...theirs };
  const theirDefaults = defaultServer({ cores: theirs.cores });
  const freshDefaults = defaultServer({ cores: fresh.cores });
  for (const key of ['executorThreads', 'processPoolWorkers'] as const) {
    if (fresh[key] !== freshDefaults[key] && theirs[key] === theirDefaults[key]) server[key] = fresh[key];
  }
  return server;
}

function timing(step: AsyncStep): Timed | null {
  if ('cpu' in step) return { kind: 'cpu', ms: step.cpu, assumed: step.assumed === true };
  if ('blocking_io' in step) return { kind: 'blocking_io', ms: step.blocking_io, assumed: step.assumed === true };
  if ('await_io' in step) return { kind: 'await_io', ms: step.await_io, assumed: step.assumed === true };
  return null;
}

/** Route, the line's text, the label, and which occurrence of those three this is. */
function stepKey(step: AsyncStep, route: string, lines: LineIndex, counts: Map<string, number>): string | null {
  if (step.line === undefined || step.line > lines.lineCount) return null;
  const base = `${route}\u0000${lines.lineText(step.line).trim()}\u0000${step.label ?? ''}`;
  const n = counts.get(base) ?? 0;
  counts.set(base, n + 1);
  return `${base}\u0000${n}`;
}

/** Every step with a source position, with its key, in document order. */
function keyedSteps(scenario: Scenario, lines: LineIndex): { key: string; step: AsyncStep }[] {
  const out: { key: string; step: AsyncStep }[] = [];
  for (const route of scenario.routes) {
    const counts = new Map<string, number>();
    const visit = (steps: readonly AsyncStep[]) => {
      for (const step of steps) {
        const key = stepKey(step, route.name, lines, counts);
        if (key !== null) out.push({ key, step });
        if ('to_thread' in step) visit(step.to_thread);
        else if ('to_process' in step) visit(step.to_process);
        else if ('gather' in step) for (const b of step.gather) visit(b);
      }
    };
    visit(route.steps);
  }
  return out;
}
