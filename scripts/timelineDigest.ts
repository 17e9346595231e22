/**
 * One hash over thousands of timelines, for engine changes meant to change nothing: run it
 * before the change with `--save`, after with `--check`, and any timeline that moved by a
 * byte is named. The cases: the built-in scenarios, the fidelity scenarios, the lessons'
 * scenarios, each of those flipped both ways (naive and with await), and scenarios generated
 * from a fixed seed (the invariant tests' generator).
 *
 *   npm run digest -- --save /tmp/before.json   # before the change
 *   npm run digest -- --check /tmp/before.json  # after: exit 1 if any differs
 *
 * What is hashed is the timeline a reader sees: lanes, segments, requests, metrics. Not its
 * `events`, the count of steps the engine took to make it: a speed change that drops no-op
 * steps (a superseded burst end, a stale timeout) changes that count and nothing else. The total
 * is printed, and compared with the saved one, so such a change still shows.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { simulate } from '../shared/engine/simulate';
import { arbitraryScenario } from '../shared/engine/arbitraryScenario';
import { flipScenario } from '../shared/scenario/variant';
import { parseScenario } from '../shared/scenario/load';
import type { Scenario } from '../shared/scenario/types';
import { builtinRuns } from '../assets/scenarios/validBuiltins';
import { LESSONS } from '../shared/lessons';
import { benchScenario } from '../bench/benchScenario';
import { asyncBenchDocument, mixedBenchDocument, withStep } from '../bench/uiScenarios';

const ROOT = resolve(import.meta.dirname, '..');
const GENERATED = 4_400;
const SEED = 20261125;

function cases(): { name: string; scenario: Scenario }[] {
  const base: { name: string; scenario: Scenario }[] = builtinRuns().map(({ id, scenario }) => ({ name: `builtin/${id}`, scenario }));
  const fidelityDir = join(ROOT, 'fidelity', 'scenarios');
  for (const file of readdirSync(fidelityDir).filter((f) => f.endsWith('.json')).sort()) {
    const result = parseScenario(readFileSync(join(fidelityDir, file), 'utf8'));
    if (!result.ok) throw new Error(`fidelity/scenarios/${file} is invalid`);
    base.push({ name: `fidelity/${file}`, scenario: result.scenario });
  }
  for (const lesson of LESSONS) {
    base.push({ name: `lesson/${lesson.id}/before`, scenario: lesson.scenarios.before });
    if (lesson.scenarios.after) base.push({ name: `lesson/${lesson.id}/after`, scenario: lesson.scenarios.after });
  }
  const flips = base.flatMap(({ name, scenario }) => (['naive', 'await'] as const).map((mode) => ({ name: `${name}/flip-${mode}`, scenario: flipScenario(scenario, mode) })));
  const generated = fc.sample(arbitraryScenario, { numRuns: GENERATED, seed: SEED }).map((scenario, i) => ({ name: `generated/${i}`, scenario }));
  return [...base, ...flips, ...generated, ...benchmarkCases()];
}

/**
 * The benchmarks' scenarios at a few thousand requests, and bench:ui's heavy edits (a CPU burst
 * in a def route: tens of threads queueing for one GIL), each both ways: the cases where the
 * GIL's timed waits are most of the events, and what the engine's fast paths are for.
 */
function benchmarkCases(): { name: string; scenario: Scenario }[] {
  const load = (name: string, doc: unknown): Scenario => {
    const result = parseScenario(JSON.stringify(doc));
    if (!result.ok) throw new Error(`${name} is invalid`);
    return result.scenario;
  };
  const docs: [string, unknown][] = [
    ['async', asyncBenchDocument(2_000)],
    ['async+cpu', withStep(asyncBenchDocument(2_000), 0, { cpu: 20 })],
    ['mixed', mixedBenchDocument(2_000)],
    ['mixed+def-cpu', withStep(mixedBenchDocument(2_000), 1, { cpu: 20 })],
    ['mixed+async-cpu', withStep(mixedBenchDocument(2_000), 0, { cpu: 20 })],
  ];
  const cases = docs.flatMap(([name, doc]) => {
    const scenario = load(name, doc);
    return [{ name: `bench-ui/${name}`, scenario }, { name: `bench-ui/${name}/flip-naive`, scenario: flipScenario(scenario, 'naive') }];
  });
  return [...cases, { name: 'bench/5000', scenario: benchScenario(5_000) }];
}

/** The hash of a scenario's timeline without its event count, and that count (0 for an error). */
function digestOf(scenario: Scenario): { hash: string; events: number } {
  let text: string;
  let events = 0;
  try {
    const { events: steps, ...timeline } = simulate(scenario);
    events = steps;
    text = JSON.stringify(timeline);
  } catch (e) {
    text = `error: ${e instanceof Error ? e.message : String(e)}`;
  }
  return { hash: createHash('sha256').update(text).digest('hex'), events };
}

const [flag, file] = process.argv.slice(2);
const started = performance.now();
const digests: Record<string, string> = {};
let events = 0;
for (const { name, scenario } of cases()) {
  const d = digestOf(scenario);
  digests[name] = d.hash;
  events += d.events;
}
const all = createHash('sha256').update(JSON.stringify(digests)).digest('hex');
const count = Object.keys(digests).length;
console.log(`${count.toLocaleString('en-US')} timelines, digest ${all} (${Math.round(performance.now() - started)} ms), ${events.toLocaleString('en-US')} engine events`);

if (flag === '--save' && file) {
  writeFileSync(file, JSON.stringify({ all, events, digests }, null, 1));
} else if (flag === '--check' && file) {
  const before = JSON.parse(readFileSync(file, 'utf8')) as { all: string; events?: number; digests: Record<string, string> };
  if (before.events !== undefined && before.events !== events) console.log(`engine events: ${events.toLocaleString('en-US')}, saved ${before.events.toLocaleString('en-US')} (not part of the digest)`);
  const changed = Object.keys({ ...before.digests, ...digests }).filter((k) => before.digests[k] !== digests[k]);
  if (changed.length === 0) console.log('byte-identical to', file);
  else {
    console.log(`${changed.length} of ${count} timelines differ from ${file}:`);
    for (const name of changed.slice(0, 20)) console.log(`  ${name}`);
    process.exitCode = 1;
  }
} else if (flag !== undefined) {
  console.error('usage: npm run digest -- [--save FILE | --check FILE]');
  process.exitCode = 2;
}
