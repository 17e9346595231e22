/**
 * `npm run bench`: the engine on 1k → 1M generated requests. Prints wall time, events/s and
 * peak memory per size, and checks them against the engine's speed targets (printed, not asserted:
 * timings belong in benchmarks, not in tests that flake on a busy machine).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

interface CaseResult { requests: number; mode: string; ms: number; events: number; segments: number; peakRssMiB: number; p99: number }

const tsx = join('node_modules', '.bin', 'tsx');
function runCase(requests: number, mode: 'full' | 'columns' | 'metrics'): CaseResult {
  const out = execFileSync(tsx, [join('bench', 'engineCase.ts'), String(requests), mode], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as CaseResult;
}

const cases: [number, 'full' | 'columns' | 'metrics'][] = [
  [1_000, 'full'], [10_000, 'full'], [100_000, 'full'], [10_000, 'columns'], [100_000, 'columns'], [1_000_000, 'metrics'], [100_000, 'metrics'],
];
const results = cases.map(([n, mode]) => runCase(n, mode));

const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log('engine benchmark (wall time of simulate(), or simulateColumns() for "columns", one process per case)');
console.log('requests   mode            wall ms    events      events/s    segments    peak RSS MiB   p99 ms');
for (const r of results) {
  console.log(
    `${fmt(r.requests).padStart(9)}  ${r.mode.padEnd(14)} ${fmt(r.ms, 1).padStart(9)} ${fmt(r.events).padStart(10)} ${fmt((r.events / r.ms) * 1000).padStart(12)} ${fmt(r.segments).padStart(11)} ${fmt(r.peakRssMiB).padStart(14)} ${fmt(r.p99, 1).padStart(8)}`,
  );
}
const find = (n: number, mode: string) => results.find((r) => r.requests === n && r.mode === mode)!;
const k100 = find(100_000, 'full timeline');
const m1 = find(1_000_000, 'metrics only');
const m100 = find(100_000, 'metrics only');
const scale = m1.ms / m100.ms;
console.log('\ntargets');
console.log(`  100k requests, full timeline < 1 s:     ${fmt(k100.ms)} ms  ${k100.ms < 1000 ? 'met' : 'MISSED'}`);
console.log(`  1M requests < 12 s:                      ${fmt(m1.ms)} ms  ${m1.ms < 12000 ? 'met' : 'MISSED'}`);
console.log(`  1M requests < 1 GiB:                     ${fmt(m1.peakRssMiB)} MiB  ${m1.peakRssMiB < 1024 ? 'met' : 'MISSED'}`);
console.log(`  10x requests costs at most 12x the time: ${fmt(scale, 1)}x (100k → 1M, metrics only)  ${scale <= 12 ? 'met' : 'MISSED'}`);
