/**
 * How fast `looplab` starts: a small scenario validated (and simulated with --summary) by the
 * installed command (node cli/bin.mjs, what npm's "bin" runs), against a bare `node -e 0`.
 * Target: within 4× of `node -e 0`. Uses hyperfine when it is installed (apt-get install
 * hyperfine), else 20 timed runs of each. Wall time on a shared machine is noisy: CPU time
 * (user + system) is printed beside it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const small = join('assets', 'scenarios', 'blocking-in-async.json');
const bin = join('cli', 'bin.mjs');
const commands: [string, string[]][] = [
  ['node -e 0', ['-e', '0']],
  ['looplab validate (5 requests)', [bin, 'validate', small]],
  ['looplab simulate --summary (5 requests)', [bin, 'simulate', small, '--summary']],
];

interface Timing { name: string; meanMs: number; cpuMs: number }

// Builds the bundle if it is stale, so no run below pays for a build.
execFileSync(process.execPath, [bin, 'validate', small]);

function withHyperfine(): Timing[] | undefined {
  if (spawnSync('hyperfine', ['--version']).status !== 0) return undefined;
  const out = join(mkdtempSync(join(tmpdir(), 'looplab-bench-')), 'hyperfine.json');
  const shell = (args: string[]) => [process.execPath, ...args].map((a) => `'${a}'`).join(' ');
  execFileSync('hyperfine', ['-N', '--warmup', '3', '--runs', '30', '--export-json', out, ...commands.map(([, args]) => shell(args))], { stdio: ['ignore', 'ignore', 'inherit'] });
  const results = (JSON.parse(readFileSync(out, 'utf8')) as { results: { mean: number; user: number; system: number }[] }).results;
  return results.map((r, i) => ({ name: commands[i]![0], meanMs: r.mean * 1000, cpuMs: (r.user + r.system) * 1000 }));
}

/** Without hyperfine: the median wall time of 20 runs after 3 warm-ups (children's CPU time is not measured). */
function withSpawns(): Timing[] {
  return commands.map(([name, args]) => {
    const walls: number[] = [];
    for (let i = 0; i < 23; i++) {
      const t0 = performance.now();
      spawnSync(process.execPath, args, { stdio: 'ignore' });
      if (i >= 3) walls.push(performance.now() - t0);
    }
    walls.sort((a, b) => a - b);
    return { name, meanMs: walls[walls.length >> 1]!, cpuMs: Number.NaN };
  });
}

const timings = withHyperfine() ?? withSpawns();
const base = timings[0]!;
console.log(`looplab start-up (${spawnSync('hyperfine', ['--version']).status === 0 ? 'hyperfine, 30 runs, mean' : '20 runs, median'}; Node ${process.version})`);
console.log('command                                   wall ms   × node -e 0   CPU ms   × node -e 0');
for (const t of timings) {
  const cpu = Number.isNaN(t.cpuMs) ? '     –' : t.cpuMs.toFixed(0).padStart(6);
  const cpuRatio = Number.isNaN(t.cpuMs) ? '     –' : (t.cpuMs / base.cpuMs).toFixed(2).padStart(6);
  console.log(`${t.name.padEnd(40)} ${t.meanMs.toFixed(0).padStart(8)} ${(t.meanMs / base.meanMs).toFixed(2).padStart(12)} ${cpu} ${cpuRatio.padStart(13)}`);
}
const validate = timings[1]!;
const ratio = validate.meanMs / base.meanMs;
console.log(`\ntarget: a small scenario validated within 4× node -e 0: ${ratio.toFixed(2)}×  ${ratio <= 4 ? 'met' : 'MISSED'}`);
