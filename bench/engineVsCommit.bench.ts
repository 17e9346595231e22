/**
 * The engine beside an older commit's engine, on this machine, now. The speed targets say "at
 * most 1.5× the time of commit 9d7f10f" (the engine before the finest GIL model and the loop's
 * own work per request), and a ratio against figures recorded on another machine, or at
 * another load, means little (bench/baseline/engine-9d7f10f.json's 550 ms for 100k requests
 * took 750–880 ms here a day later). So this bench takes that commit's shared/ out of git into
 * .tmp/ (ignored by git, lint and tests) and alternates runs of both engines, case by case: one
 * process per run, the same load (this checkout's) for both.
 *
 * Each case runs as given and in variants (engineVariants.ts): with the loop's own work off,
 * both engines simulate the same work, which tells the finest GIL model's cost apart from the
 * cost of simulating more of the server; with the GIL off, the GIL-free path.
 *
 *   npm run bench:commit            (REPEATS=5 by default; BASE_COMMIT=<rev> for another commit)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from '../shared/run/loadRun';
import type { Variant } from './engineVariants';
import { repeatsFromEnv } from './repeats';

interface Run { ms: number; events: number; segments: number; p99: number }
type Mode = 'full' | 'columns' | 'metrics';

const here = resolve('.');
const baselineFile = join('bench', 'baseline', 'engine-9d7f10f.json');
if (!process.env.BASE_COMMIT && !existsSync(baselineFile)) {
  console.log(`engine beside an older commit: not run: no ${baselineFile} to name the commit (BASE_COMMIT=<rev> names one)`);
  process.exit(0);
}
const commit = process.env.BASE_COMMIT || (JSON.parse(readFileSync(baselineFile, 'utf8')) as { commit: string }).commit;
const repeats = repeatsFromEnv(5);
const BOUND_MS = 120_000; // the longest run (1M requests) takes a few seconds: a run past this is stuck

/** That commit's shared/ (all its engine needs), unpacked once; or why it cannot be. */
function checkout(rev: string): { root: string } | { why: string } {
  const hash = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { encoding: 'utf8', timeout: 10_000 });
  if (hash.status !== 0) return { why: `commit ${rev} is not in this checkout's git history (a shallow clone or an unpacked archive)` };
  // Not under node_modules: tsx compiles files there without this checkout's tsconfig, and the
  // old engine ran 30 % slower from there than from a checkout.
  const root = join(here, '.tmp', `bench-engine-${hash.stdout.trim().slice(0, 12)}`);
  if (existsSync(join(root, 'shared', 'engine', 'simulate.ts'))) return { root };
  // Unpacked beside it and renamed when whole, so an interrupted unpack is never taken for one.
  const partial = `${root}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  // Its packages resolve from this checkout's node_modules, two levels up. Archived to a file,
  // then unpacked, so that each step's failure shows (through a pipe only tar's status counted).
  const archive = `${partial}.tar`;
  const steps: [string, string[]][] = [['git', ['archive', '--format=tar', '-o', archive, hash.stdout.trim(), 'shared']], ['tar', ['-x', '-f', archive, '-C', partial]]];
  let failed = '';
  for (const [cmd, args] of steps) {
    const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) { failed = `${cmd}: ${r.stderr?.trim() || r.error?.message || `exit ${r.status ?? r.signal}`}`; break; }
  }
  rmSync(archive, { force: true });
  if (!failed && !existsSync(join(partial, 'shared', 'engine', 'simulate.ts'))) failed = 'it has no shared/engine/simulate.ts';
  if (failed) {
    rmSync(partial, { recursive: true, force: true });
    return { why: `could not unpack ${rev}'s shared/: ${failed}` };
  }
  rmSync(root, { recursive: true, force: true });
  renameSync(partial, root);
  return { root };
}

/** A run that failed: its message says which and why, and the bench stops without a stack trace of its own. */
class RunFailed extends Error {}

function runOnce(root: string, requests: number, mode: Mode, variant: Variant): Run {
  const r = spawnSync(join('node_modules', '.bin', 'tsx'), [join('bench', 'engineRun.ts'), root, String(requests), mode, variant], {
    encoding: 'utf8', timeout: BOUND_MS, maxBuffer: 1 << 20,
  });
  if (r.status !== 0) {
    const why = r.error && 'code' in r.error && r.error.code === 'ETIMEDOUT' ? `still running after ${BOUND_MS / 1000} s, stopped` : r.stderr.trim() || r.error?.message || `exit ${r.status ?? r.signal}`;
    throw new RunFailed(`engine run in ${root} (${requests} ${mode} ${variant}) failed: ${why}`);
  }
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Run;
}

const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const base = checkout(commit);
if ('why' in base) {
  console.log(`engine beside ${commit}: not run: ${base.why}`);
  process.exit(0);
}

const cases: [number, Mode, Variant][] = [];
for (const variant of ['as-is', 'loop-off', 'gil-free-loop-off', 'gil-free'] as const) for (const mode of ['full', 'columns'] as const) cases.push([100_000, mode, variant]);
cases.push([1_000_000, 'metrics', 'as-is'], [1_000_000, 'metrics', 'loop-off']);
const runs = cases.map(() => ({ old: [] as Run[], now: [] as Run[] }));
const loadBefore = loadavg()[0]!;
try {
  for (let rep = 0; rep < repeats; rep++) {
    cases.forEach(([n, mode, variant], i) => {
      // Alternate which engine goes first, so neither always runs on a machine the other warmed.
      const order = rep % 2 === 0 ? (['old', 'now'] as const) : (['now', 'old'] as const);
      for (const who of order) runs[i]![who].push(runOnce(who === 'old' ? base.root : here, n, mode, variant));
    });
  }
} catch (e) {
  if (!(e instanceof RunFailed)) throw e;
  console.error(`engine beside ${commit}: ${e.message}`);
  process.exit(1);
}
const loadAfter = loadavg()[0]!;

console.log(`engine beside ${commit} (${base.root}), alternated, ${repeats} runs each, one process per run`);
console.log(`load average ${fmt(loadBefore, 1)} before, ${fmt(loadAfter, 1)} after`);
console.log('requests  mode     variant              ms then   ms now    ratio   events then → now        segments then → now      p99 s then → now');
const verdicts: string[] = [];
cases.forEach(([n, mode, variant], i) => {
  const { old, now } = runs[i]!;
  const msThen = median(old.map((r) => r.ms));
  const msNow = median(now.map((r) => r.ms));
  const ratio = msNow / msThen;
  const o = old[0]!, c = now[0]!;
  const segments = mode === 'metrics' ? '(not kept)' : `${fmt(o.segments)} → ${fmt(c.segments)}`;
  console.log(
    `${fmt(n).padStart(9)} ${mode.padEnd(8)} ${variant.padEnd(18)} ${fmt(msThen).padStart(7)} ${fmt(msNow).padStart(8)} ${fmt(ratio, 2).padStart(7)}×  ` +
      `${`${fmt(o.events)} → ${fmt(c.events)}`.padEnd(24)} ${segments.padEnd(24)} ${fmt(o.p99 / 1000, 1)} → ${fmt(c.p99 / 1000, 1)}`,
  );
  const label = `${n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`} ${mode}, ${variant}`;
  if (variant === 'as-is') verdicts.push(`  ${`${label}: ≤ 1.5× ${commit}`.padEnd(54)} ${fmt(ratio, 2)}×  ${ratio <= 1.5 ? 'met' : 'MISSED'}`);
  if (variant === 'loop-off') verdicts.push(`  ${`${label} (same work): ≤ 1.5×`.padEnd(54)} ${fmt(ratio, 2)}×  ${ratio <= 1.5 ? 'met' : 'MISSED'}`);
  // "Unchanged" within the spread of alternated medians on a shared machine: 10 %.
  if (variant === 'gil-free-loop-off') verdicts.push(`  ${`${label} (same work): ≤ 1.1×`.padEnd(54)} ${fmt(ratio, 2)}×  ${ratio <= 1.1 ? 'met' : 'MISSED'}`);
});
console.log('\ntargets (ratio of medians; "same work": both engines simulate the loop without its own work per request)');
for (const v of verdicts) console.log(v);
