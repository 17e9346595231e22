/**
 * The engine against a plain Python discrete-event simulation of the same model
 * (bench/baseline/des.py), on the benchmark's scenario (benchScenario.ts: an event loop per
 * worker, AnyIO's tokens, the executor, the GIL, 2 cores). First checks the two agree — every
 * request's end time equal, the same metrics — so the comparison is of the same work. Then:
 *   - 100,000 requests: `looplab simulate FILE --summary` (the installed command, start-up
 *     included) against `python3 des.py FILE`, and each simulation's own time in-process;
 *     target: the command at least 6× faster (aim: 10×);
 *   - 1,000,000 requests through `looplab simulate --summary`: target under 12 s and 1 GiB.
 * Figures on a shared machine are noisy: run it when the machine is quiet, and repeat.
 * PYTHON=/path/to/python3 picks the interpreter; REPEATS (default 3) the runs per figure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulateColumns } from '../shared/engine/simulate';
import type { Metrics } from '../shared/engine/timeline';
import { benchScenario } from './benchScenario';

const python = process.env.PYTHON ?? 'python3';
const repeats = Number(process.env.REPEATS ?? 3);
const baseline = join('bench', 'baseline', 'des.py');
const bin = join('cli', 'bin.mjs');
const dir = mkdtempSync(join(tmpdir(), 'looplab-vs-python-'));

interface PythonResult { metrics: Metrics; events: number; ms: number; ends?: number[] }

function scenarioFile(requests: number): string {
  const file = join(dir, `bench-${requests}.json`);
  writeFileSync(file, JSON.stringify(benchScenario(requests)));
  return file;
}

function runPython(file: string, ends = false): PythonResult {
  return JSON.parse(execFileSync(python, [baseline, file, ...(ends ? ['--ends'] : [])], { encoding: 'utf8', maxBuffer: 1 << 28 })) as PythonResult;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function wallMs(command: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${r.status}`);
  return performance.now() - t0;
}

const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

// 1. Agreement: the same model, or no comparison.
const small = 5_000;
const mine = simulateColumns(benchScenario(small), { segments: false, stateTotals: false });
const theirs = runPython(scenarioFile(small), true);
let mismatches = 0;
for (let i = 0; i < small; i++) if (mine.requests.end[i] !== theirs.ends![i]) mismatches++;
const sameMetrics = JSON.stringify(mine.timeline.metrics) === JSON.stringify(theirs.metrics);
console.log(`baseline: ${execFileSync(python, ['--version'], { encoding: 'utf8' }).trim()} (${python}); Node ${process.version}`);
console.log(`agreement at ${fmt(small)} requests: ${mismatches === 0 ? 'every end time equal' : `${mismatches} end times differ`}, metrics ${sameMetrics ? 'equal' : 'DIFFER'}, events ${fmt(mine.timeline.events)} vs ${fmt(theirs.events)}`);
if (mismatches > 0 || !sameMetrics) {
  console.log('the baseline no longer simulates what the engine does: update bench/baseline/des.py to the engine\'s rules before comparing');
  process.exit(1);
}

// 2. 100,000 requests.
const n = 100_000;
const file = scenarioFile(n);
execFileSync(process.execPath, [bin, 'validate', file]); // builds the bundle if it is stale
const engineWall: number[] = [];
const engineOwn: number[] = [];
const pythonWall: number[] = [];
const pythonOwn: number[] = [];
let events = 0;
for (let r = 0; r < repeats; r++) {
  engineWall.push(wallMs(process.execPath, [bin, 'simulate', file, '--summary']));
  const t0 = performance.now();
  events = simulateColumns(benchScenario(n), { segments: false, stateTotals: false }).timeline.events;
  engineOwn.push(performance.now() - t0);
  const t1 = performance.now();
  pythonOwn.push(runPython(file).ms);
  pythonWall.push(performance.now() - t1);
}
const wallRatio = median(pythonWall) / median(engineWall);
const ownRatio = median(pythonOwn) / median(engineOwn);
console.log(`\n${fmt(n)} requests (${fmt(events)} events), median of ${repeats}:`);
console.log(`  looplab simulate --summary   ${fmt(median(engineWall)).padStart(7)} ms whole command   ${fmt(median(engineOwn)).padStart(7)} ms simulation in-process`);
console.log(`  python3 des.py               ${fmt(median(pythonWall)).padStart(7)} ms whole command   ${fmt(median(pythonOwn)).padStart(7)} ms simulation in-process`);
console.log(`  engine faster by ${fmt(wallRatio, 1)}× (whole commands), ${fmt(ownRatio, 1)}× (simulations alone); target ≥ 6×, aim 10×: ${wallRatio >= 10 ? 'aim met' : wallRatio >= 6 ? 'target met' : 'MISSED'}`);

// 3. 1,000,000 requests: time and peak memory of the whole command.
const million = scenarioFile(1_000_000);
const gnuTime = '/usr/bin/time';
let wall: number;
let rssMiB: number | undefined;
if (existsSync(gnuTime)) {
  const r = spawnSync(gnuTime, ['-f', '%e %M', process.execPath, bin, 'simulate', million, '--summary'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const [seconds, kib] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  wall = seconds! * 1000;
  rssMiB = kib! / 1024;
} else {
  wall = wallMs(process.execPath, [bin, 'simulate', million, '--summary']);
}
console.log(`\n1,000,000 requests, looplab simulate --summary: ${fmt(wall)} ms (target < 12,000: ${wall < 12_000 ? 'met' : 'MISSED'}), ` +
  `peak RSS ${rssMiB === undefined ? 'not measured (no /usr/bin/time)' : `${fmt(rssMiB)} MiB (target < 1,024: ${rssMiB < 1024 ? 'met' : 'MISSED'})`}`);
