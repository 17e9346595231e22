/**
 * The run-file loader: text in, a RunFile or every problem with its JSON path out, like the
 * scenario loader (it never throws for bad input). Beyond the shape it checks what the overlay
 * relies on: the embedded scenario is valid, there is one request per request of that scenario
 * in id order with that request's route, one latency per timed run, and `latency_ms` is their
 * median.
 */
import * as z from 'zod/mini';
import { Problems, describeValue, type PathPart, type ScenarioError } from '../scenario/errors';
import { addZodIssues, isRecord } from '../scenario/fields';
import { checkJsonText } from '../scenario/jsonText';
import { LIMITS, formatCount } from '../scenario/limits';
import { validateScenario } from '../scenario/load';
import { totalRequests, type Scenario } from '../scenario/types';
import { planArrivals } from '../engine/arrivals';
import { RUN_LIMITS } from './runLimits';
import { RUN_FORMAT, RUN_VERSION, type RunFile } from './runFile';

export type RunResult = { ok: true; run: RunFile } | { ok: false; errors: ScenarioError[] };

const ms = (what: string) =>
  z.number({ error: (iss) => `must be a number of milliseconds: ${what} (got ${describeValue(iss.input)})` }).check(
    z.gte(0, { error: (iss) => `must not be negative: ${what} (got ${describeValue(iss.input)})` }),
    z.lte(LIMITS.maxTimeMs, { error: (iss) => `is more than one hour (${formatCount(LIMITS.maxTimeMs)} ms): ${what} (got ${describeValue(iss.input)})` }),
  );
const textOrNull = (what: string) =>
  z.optional(z.nullable(z.string({ error: (iss) => `must be text or null: ${what} (got ${describeValue(iss.input)})` }).check(z.maxLength(200, { error: `is longer than 200 characters: ${what}` }))));
const countOrNull = (what: string, max: number) =>
  z.optional(z.nullable(z.number({ error: (iss) => `must be a whole number or null: ${what} (got ${describeValue(iss.input)})` }).check(z.int({ error: `must be a whole number: ${what}` }), z.gte(0), z.lte(max))));
const niceOrNull = z.nullable(z.number({ error: (iss) => `must be a nice value from -20 to 19, or null (got ${describeValue(iss.input)})` }).check(z.int(), z.gte(-20), z.lte(19)));

const environment = z.strictObject({
  python: textOrNull('the Python version'),
  implementation: textOrNull('the Python implementation'),
  fastapi: textOrNull("FastAPI's version"),
  starlette: textOrNull("Starlette's version"),
  uvicorn: textOrNull("uvicorn's version"),
  anyio: textOrNull("AnyIO's version"),
  httpx: textOrNull("httpx's version"),
  h11: textOrNull("h11's version"),
  cores: countOrNull('the machine\'s cores', 4096),
  cpu: textOrNull('the CPU model'),
  os: textOrNull('the operating system'),
  kernel: textOrNull('the kernel release'),
  priority: z.optional(z.strictObject({ nice: niceOrNull, autogroup: niceOrNull, realtime: z.optional(z.boolean({ error: 'must be true or false: whether the measurement ran at real-time priority' })) })),
  service: textOrNull("the traced service's name"),
  telemetry_sdk: textOrNull('the telemetry SDK'),
});

const request = z.strictObject({
  id: z.number({ error: (iss) => `must be the request's id, a whole number (got ${describeValue(iss.input)})` }).check(z.int({ error: 'must be a whole number' }), z.gte(0)),
  route: z.string({ error: (iss) => `must be the route's name (got ${describeValue(iss.input)})` }),
  at: ms('when the request arrived, from the run\'s start'),
  latency_ms: ms('the median latency'),
  latency_runs: z.array(ms('one timed run\'s latency'), { error: (iss) => `must be a list of latencies, one per timed run (got ${describeValue(iss.input)})` }).check(
    z.minLength(1, { error: 'must hold one latency per timed run (it is empty)' }),
    z.maxLength(RUN_LIMITS.maxRepeats, { error: `holds more than ${RUN_LIMITS.maxRepeats} runs (the limit)` }),
  ),
  start_ms: z.optional(z.nullable(ms('when the endpoint began'))),
  worker: countOrNull('the worker that served it', LIMITS.workers.max - 1),
});
const REQUEST_KEYS = Object.keys(request.shape);

const runInfo = z.strictObject({
  other_cores: z.nullable(z.number({ error: (iss) => `must be the cores other processes used, or null (got ${describeValue(iss.input)})` }).check(z.gte(0), z.lte(4096))),
});

const document = z.strictObject({
  format: z.literal(RUN_FORMAT, { error: (iss) => `must be "${RUN_FORMAT}" (got ${describeValue(iss.input)}): this is not a LoopLab run file (\`looplab measure\` writes one)` }),
  version: z.literal(RUN_VERSION, { error: (iss) => `must be ${RUN_VERSION} (got ${describeValue(iss.input)}): a newer LoopLab wrote this file` }),
  source: z.enum(['uvicorn', 'otlp'], { error: (iss) => `must be "uvicorn" (measured by LoopLab) or "otlp" (imported spans) (got ${describeValue(iss.input)})` }),
  measured_at: z.optional(z.string({ error: (iss) => `must be a date and time as text (got ${describeValue(iss.input)})` }).check(z.maxLength(64))),
  scenario: z.unknown(),
  environment,
  repeats: z.number({ error: (iss) => `must be how many timed runs there were, 1 to ${RUN_LIMITS.maxRepeats} (got ${describeValue(iss.input)})` }).check(
    z.int({ error: 'must be a whole number of runs' }),
    z.gte(1, { error: `must be at least 1 timed run` }),
    z.lte(RUN_LIMITS.maxRepeats, { error: `is above the limit of ${RUN_LIMITS.maxRepeats} timed runs` }),
  ),
  cpu_iters_per_ms: z.optional(z.nullable(z.number({ error: (iss) => `must be the busy loop's iterations per ms, or null (got ${describeValue(iss.input)})` }).check(z.gt(0)))),
  runs: z.optional(z.array(runInfo, { error: 'must be a list, one entry per timed run' }).check(z.maxLength(RUN_LIMITS.maxRepeats))),
  requests: z.array(z.unknown(), { error: (iss) => `must be a list of measured requests (got ${describeValue(iss.input)})` }).check(
    z.minLength(1, { error: 'is empty: a run measures at least one request' }),
    z.maxLength(RUN_LIMITS.maxRequests, { error: `holds more than ${formatCount(RUN_LIMITS.maxRequests)} requests (the limit of a run file)` }),
  ),
});
const TOP_KEYS = Object.keys(document.shape);

/** Parses and validates RUN.json text. */
export function parseRun(source: string): RunResult {
  if (source.length > RUN_LIMITS.maxTextChars) {
    return fail(`the file is ${formatCount(source.length)} characters, more than the limit of ${formatCount(RUN_LIMITS.maxTextChars)} (16 MB) for a run file`);
  }
  const syntax = checkJsonText(source, LIMITS.maxJsonDepth);
  if (!syntax.ok) return { ok: false, errors: [syntax.error] };
  return validateRun(JSON.parse(source));
}

/** Validates an already-parsed value. */
export function validateRun(value: unknown): RunResult {
  if (!isRecord(value)) return fail(`a run file must be a JSON object like {"format": "${RUN_FORMAT}", …} (got ${describeValue(value)})`);
  // Another kind of JSON (a trace, a benchmark's own measurements): one line saying so, not a
  // hundred about every key it has and lacks.
  if (value.format !== RUN_FORMAT) {
    return { ok: false, errors: [{ path: 'format', message: `must be "${RUN_FORMAT}" (got ${describeValue(value.format)}): this is not a LoopLab run file (\`looplab measure\` writes one)` }] };
  }
  const problems = new Problems();
  const top = document.safeParse(value);
  if (!top.success) addZodIssues(problems, [], top.error.issues, value, TOP_KEYS, `a run file has ${TOP_KEYS.join(', ')}`);
  const scenario = validateEmbeddedScenario(value.scenario, problems);
  const requests = Array.isArray(value.requests) && value.requests.length <= RUN_LIMITS.maxRequests ? value.requests : [];
  const repeats = typeof value.repeats === 'number' ? value.repeats : undefined;
  const checked = requests.map((r, i) => validateRequest(r, i, repeats, problems));
  if (scenario !== undefined && top.success) checkAgainstScenario(scenario, top.data.requests, problems);
  if (!top.success || scenario === undefined || problems.count > 0) return { ok: false, errors: capped(problems.list) };
  const d = top.data;
  const run: RunFile = {
    format: RUN_FORMAT,
    version: RUN_VERSION,
    source: d.source,
    ...(d.measured_at === undefined ? {} : { measured_at: d.measured_at }),
    scenario,
    environment: d.environment,
    repeats: d.repeats,
    ...(d.cpu_iters_per_ms === undefined ? {} : { cpu_iters_per_ms: d.cpu_iters_per_ms }),
    ...(d.runs === undefined ? {} : { runs: d.runs }),
    requests: checked.map((r) => r!),
  };
  return { ok: true, run };
}

function validateEmbeddedScenario(value: unknown, problems: Problems): Scenario | undefined {
  if (value === undefined) {
    problems.add(['scenario'], 'is required (the scenario that was measured, as a scenario file holds it)');
    return undefined;
  }
  const result = validateScenario(value);
  if (result.ok) return result.scenario;
  for (const e of result.errors) problems.list.push({ path: e.path === '' ? 'scenario' : `scenario${e.path.startsWith('[') ? '' : '.'}${e.path}`, message: e.message });
  return undefined;
}

function validateRequest(value: unknown, i: number, repeats: number | undefined, problems: Problems) {
  const path: PathPart[] = ['requests', i];
  const parsed = request.safeParse(value);
  if (!parsed.success) {
    if (!isRecord(value)) problems.add(path, `must be an object like {"id": ${i}, "route": "…", "at": 0, "latency_ms": 100, "latency_runs": [100]} (got ${describeValue(value)})`);
    else addZodIssues(problems, path, parsed.error.issues, value, REQUEST_KEYS, `a measured request has ${REQUEST_KEYS.join(', ')}`);
    return undefined;
  }
  const r = parsed.data;
  if (r.id !== i) problems.add([...path, 'id'], `must be ${i}: requests are listed in the simulation's id order (got ${r.id})`);
  if (repeats !== undefined && r.latency_runs.length !== repeats) {
    problems.add([...path, 'latency_runs'], `holds ${r.latency_runs.length} latencies but "repeats" is ${repeats} (one latency per timed run)`);
  }
  const m = median(r.latency_runs);
  if (Math.abs(m - r.latency_ms) > 0.01) {
    problems.add([...path, 'latency_ms'], `must be the median of latency_runs, ${round3(m)} (got ${r.latency_ms})`);
  }
  return r;
}

function checkAgainstScenario(scenario: Scenario, requests: readonly unknown[], problems: Problems): void {
  const total = totalRequests(scenario);
  if (total > RUN_LIMITS.maxRequests) {
    problems.add(['scenario', 'requests'], `add up to ${formatCount(total)} requests, more than a run file holds (${formatCount(RUN_LIMITS.maxRequests)})`);
    return;
  }
  if (requests.length !== total) {
    problems.add(['requests'], `holds ${formatCount(requests.length)} requests but the scenario sends ${formatCount(total)} (one measured request per simulated one)`);
    return;
  }
  const plan = planArrivals(scenario);
  requests.forEach((r, i) => {
    if (!isRecord(r) || typeof r.route !== 'string') return;
    const expected = scenario.routes[plan.route[i]!]!.name;
    if (r.route !== expected) problems.add(['requests', i, 'route'], `must be "${expected}": request ${i} of the scenario goes to that route (got "${r.route}")`);
  });
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return 0;
  return n % 2 === 1 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function fail(message: string): RunResult {
  return { ok: false, errors: [{ path: '', message }] };
}

function capped(errors: ScenarioError[]): ScenarioError[] {
  if (errors.length <= LIMITS.maxErrorsReported) return errors;
  const rest = errors.length - LIMITS.maxErrorsReported;
  return [...errors.slice(0, LIMITS.maxErrorsReported), { path: '', message: `… and ${formatCount(rest)} more problems not listed` }];
}

