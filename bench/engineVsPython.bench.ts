/**
 * The engine against a plain Python discrete-event simulation of the same model
 * (bench/baseline/des.py), on the benchmark's scenario (benchScenario.ts: an event loop per
 * worker, AnyIO's tokens, the executor, the GIL, 2 cores). First checks the two agree — every
 * request's end time equal, the same metrics — so the comparison is of the same work. Then:
 *   - 100,000 requests: `looplab simulate FILE --summary` (the installed command, start-up
 *     included) against `python3 des.py FILE`, and each simulation alone, in-process;
 *     target: the command at least 6× faster (aim: 10×);
 *   - 1,000,000 requests through `looplab simulate --summary`: target under 12 s and 1 GiB.
 * On a shared machine wall time swings with the load: the verdict uses the fastest of REPEATS
 * runs (the least disturbed), and CPU time (user + system, from GNU time) is printed beside it.
 * CPU time is steadier but counts Node's compiler and GC threads, which run beside the main
 * thread, so it is not what a user waits for. Run when the machine is quiet, and repeat.
 * PYTHON=/path/to/python3 picks the interpreter; REPEATS (default 3) the runs per figure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulateColumns } from '../shared/engine/simulate';
import { median } from '../shared/run/loadRun';
import type { Metrics } from '../shared/engine/timeline';
import { benchScenario } from './benchScenario';
import { repeatsFromEnv } from './repeats';

const python = process.env.PYTHON ?? 'python3';
const repeats = repeatsFromEnv(3);
const baseline = join('bench', 'baseline', 'des.py');
const bin = join('cli', 'bin.mjs');
const dir = mkdtempSync(join(tmpdir(), 'looplab-vs-python-'));
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface PythonResult { metrics: Metrics; events: number; ms: number; cpuMs: number; ends?: number[] }
/** One run of a command: wall and CPU time (ms), peak resident memory (MiB); CPU and memory need GNU time. */
interface Run { wall: number; cpu: number; rssMiB: number }

function scenarioFile(requests: number): string {
  const file = join(dir, `bench-${requests}.json`);
  writeFileSync(file, JSON.stringify(benchScenario(requests)));
  return file;
}

function runPython(file: string, ends = false): PythonResult {
  return JSON.parse(execFileSync(python, [baseline, file, ...(ends ? ['--ends'] : [])], { encoding: 'utf8', maxBuffer: 1 << 28 })) as PythonResult;
}

function runCommand(command: string, args: string[]): Run {
  const t0 = performance.now();
  const r = gnuTime
    ? spawnSync(gnuTime, ['-f', '%U %S %M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  if (!gnuTime) return { wall, cpu: Number.NaN, rssMiB: Number.NaN };
  const [user, sys, kib] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { wall, cpu: (user! + sys!) * 1000, rssMiB: kib! / 1024 };
}

const fmt = (x: number, d = 0) => (Number.isNaN(x) ? '–' : x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));

if (spawnSync(python, ['--version']).status !== 0) {
  console.log(`engine vs Python: skipped, no Python at "${python}" (install python3, or set PYTHON=/path/to/python3)`);
  process.exit(0);
}

// 1. Agreement: the same model, or no comparison.
const small = 5_000;
const mine = simulateColumns(benchScenario(small), { segments: false, stateTotals: false });
const theirs = runPython(scenarioFile(small), true);
let mismatches = 0;
for (let i = 0; i < small; i++) if (mine.requests.end[i] !== theirs.ends![i]) mismatches++;
const sameMetrics = JSON.stringify(mine.timeline.metrics) === JSON.stringify(theirs.metrics);
console.log(`baseline: ${execFileSync(python, ['--version'], { encoding: 'utf8' }).trim()} (${python}); Node ${process.version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`agreement at ${fmt(small)} requests: ${mismatches === 0 ? 'every end time equal' : `${mismatches} end times differ`}, metrics ${sameMetrics ? 'equal' : 'DIFFER'}, events ${fmt(mine.timeline.events)} vs ${fmt(theirs.events)}`);
if (mismatches > 0 || !sameMetrics) {
  console.log("the baseline no longer simulates what the engine does: bring bench/baseline/des.py up to the engine's rules (docs/model.md) before comparing");
  process.exit(1);
}

// 2. 100,000 requests.
const n = 100_000;
const file = scenarioFile(n);
execFileSync(process.execPath, [bin, 'validate', file]); // builds the bundle if it is stale
const engine: Run[] = [];
const py: Run[] = [];
const engineOwn: Run[] = [];
const pythonOwn: Run[] = [];
let events = 0;
for (let r = 0; r < repeats; r++) {
  engine.push(runCommand(process.execPath, [bin, 'simulate', file, '--summary']));
  py.push(runCommand(python, [baseline, file]));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  events = simulateColumns(benchScenario(n), { segments: false, stateTotals: false }).timeline.events;
  const c = process.cpuUsage(c0);
  engineOwn.push({ wall: performance.now() - t0, cpu: (c.user + c.system) / 1000, rssMiB: Number.NaN });
  const own = runPython(file);
  pythonOwn.push({ wall: own.ms, cpu: own.cpuMs, rssMiB: Number.NaN });
}
const m = (runs: Run[], k: keyof Run) => median(runs.map((r) => r[k]));
const best = (runs: Run[]) => Math.min(...runs.map((r) => r.wall));
const row = (name: string, whole: Run[], own: Run[]) =>
  `  ${name.padEnd(28)}${fmt(best(whole)).padStart(10)}${fmt(m(whole, 'wall')).padStart(13)}${fmt(m(whole, 'cpu')).padStart(12)}${fmt(best(own)).padStart(12)}${fmt(m(own, 'cpu')).padStart(12)}`;
console.log(`\n${fmt(n)} requests (${fmt(events)} events), ${repeats} runs (ms)`);
console.log(`  ${''.padEnd(28)}${'whole command'.padStart(35)}${'simulation alone'.padStart(24)}`);
console.log(`  ${''.padEnd(28)}${'best wall'.padStart(10)}${'median wall'.padStart(13)}${'median CPU'.padStart(12)}${'best wall'.padStart(12)}${'median CPU'.padStart(12)}`);
console.log(row('looplab simulate --summary', engine, engineOwn));
console.log(row('python3 des.py', py, pythonOwn));
const wallRatio = best(py) / best(engine);
const cpuRatio = m(py, 'cpu') / m(engine, 'cpu');
const ownRatio = best(pythonOwn) / best(engineOwn);
console.log(`  engine faster by ${fmt(wallRatio, 1)}× (whole commands, best wall), ${fmt(cpuRatio, 1)}× (whole commands, CPU), ${fmt(ownRatio, 1)}× (simulations alone, best wall)`);
console.log(`  target ≥ 6×, aim 10× (whole commands, best wall): ${wallRatio >= 10 ? 'aim met' : wallRatio >= 6 ? 'target met' : 'MISSED'}`);

// 3. 1,000,000 requests: time and peak memory of the whole command.
const million = runCommand(process.execPath, [bin, 'simulate', scenarioFile(1_000_000), '--summary']);
console.log(`\n1,000,000 requests, looplab simulate --summary: ${fmt(million.wall)} ms wall, ${fmt(million.cpu)} ms CPU (target < 12,000: ${million.wall < 12_000 ? 'met' : 'MISSED'}), ` +
  `peak RSS ${Number.isNaN(million.rssMiB) ? 'not measured (no GNU time)' : `${fmt(million.rssMiB)} MiB (target < 1,024: ${million.rssMiB < 1024 ? 'met' : 'MISSED'})`}`);
