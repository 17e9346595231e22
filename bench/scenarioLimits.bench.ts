/**
 * The scenario loader against hostile input: how long it takes to accept or refuse the largest
 * files and values a user (or a tampered share link) can hand it. The unit tests check what it
 * says and that it finishes (vitest's time limit bounds a hang); the figures are here, because
 * a timed test flakes on a busy machine. Budgets: 8 MB of JSON text (more than the 5 MB a file
 * may be) scanned in well under a second, a million steps refused in well under two, and the
 * refusals that must not look at the input (text over the size limit, 10^9 requests) in a few
 * milliseconds.
 *
 * Prints the fastest and the median of 7 runs after a warm-up, as wall time and as the
 * process's CPU time (which holds when the machine is busy); the verdict is on the fastest CPU time.
 */
import { loadavg } from 'node:os';
import { checkJsonText } from '../shared/scenario/jsonText';
import { LIMITS } from '../shared/scenario/limits';
import { parseScenario, validateScenario } from '../shared/scenario/load';
import { docWithSteps, validDoc } from '../shared/scenario/testDocs';

interface Case { name: string; budgetMs: number; run: () => unknown }

const eightMb = JSON.stringify({ steps: Array.from({ length: 200_000 }, (_, i) => ({ cpu: i, label: 'time.sleep(0.2)' })) });
const millionSteps = docWithSteps('async', Array.from({ length: 1_000_000 }, () => ({ cpu: 1 })));
const overLimit = `{"name": "${'x'.repeat(LIMITS.maxTextChars)}"}`;
const billionRequests = { ...validDoc(), requests: [{ route: 'report', users: 1_000_000, each: 1000 }, { route: 'report', at: 0, count: 1_000_000 }] };

const cases: Case[] = [
  { name: `scan ${(eightMb.length / 1e6).toFixed(1)} MB of JSON text`, budgetMs: 1000, run: () => checkJsonText(eightMb, LIMITS.maxJsonDepth) },
  { name: 'refuse a route of a million steps', budgetMs: 2000, run: () => validateScenario(millionSteps) },
  { name: 'refuse text over the 5 MB limit', budgetMs: 10, run: () => parseScenario(overLimit) },
  { name: 'refuse 10^9 requests', budgetMs: 10, run: () => validateScenario(billionRequests) },
];

const fmt = (x: number) => x.toFixed(x < 10 ? 2 : 0).padStart(8);
const cpuMs = (since: NodeJS.CpuUsage) => { const u = process.cpuUsage(since); return (u.user + u.system) / 1000; };
console.log(`scenario loader against hostile input (fastest and median of 7 after a warm-up; load average ${loadavg()[0]!.toFixed(1)})`);
console.log('case                                    wall fastest  median   CPU fastest  median   budget');
for (const c of cases) {
  c.run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const u0 = process.cpuUsage();
    c.run();
    cpu.push(cpuMs(u0));
    wall.push(performance.now() - t0);
  }
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const [w, u] = [sorted(wall), sorted(cpu)];
  const verdict = u[0]! < c.budgetMs ? 'met' : 'MISSED';
  console.log(`${c.name.padEnd(38)} ${fmt(w[0]!)} ${fmt(w[3]!)}    ${fmt(u[0]!)} ${fmt(u[3]!)}   < ${c.budgetMs} ms ${verdict}`);
}
