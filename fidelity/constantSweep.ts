/**
 * Would other GIL constants fit the other host? Runs the engine with each set of constants below
 * against both hosts' measurements (measured-other-host/ and the reference, measured/), and
 * prints how many scenarios and requests agree with each, replayed at the measured arrivals as
 * compare.ts does. The engine's constants are frozen module constants (gilTiming.ts), so each set
 * runs on a copy of shared/ under .tmp/ with gilTiming.ts rewritten: the engine under test is the
 * repository's own, line for line, but for those values.
 *
 *   npx tsx fidelity/constantSweep.ts           # print the table (several seconds)
 *   npx tsx fidelity/constantSweep.ts --write   # and put it into fidelity/README.md
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GIL_TIMING } from '../shared/engine/gilTiming';
import type * as Compare from './compare';
import { FIDELITY_DIR, measuredNames } from './compare';
import { agreeingScenarios, OTHER_HOST, OTHER_HOST_DOC } from './otherHost';
import { replaceBetween } from './summary';

export const SWEEP_KEY = 'constant-sweep';
type Timing = { -readonly [K in keyof typeof GIL_TIMING]: number };

/**
 * The sets tried: the reference host's, then hand-offs as fast as a bare futex wake or halfway,
 * then a starved thread that waits longer before it wins, or a loop that loses every short call.
 */
export const SETS: { label: string; timing: Partial<Timing> }[] = [
  { label: 'the reference host\'s (the engine\'s)', timing: {} },
  { label: 'wake-ups 0.05 ms', timing: { wakeMs: 0.05, switchMs: 0.05, loopWakeMs: 0.05 } },
  { label: 'wake-ups 0.2 ms', timing: { wakeMs: 0.2, switchMs: 0.2, loopWakeMs: 0.2 } },
  { label: 'wake-ups 0.05 ms, starved wins after 100 ms', timing: { wakeMs: 0.05, switchMs: 0.05, loopWakeMs: 0.05, starvedWinsAfterMs: 100 } },
  { label: 'wake-ups 0.05 ms, starved wins after 100 ms, every short call lost', timing: { wakeMs: 0.05, switchMs: 0.05, loopWakeMs: 0.05, starvedWinsAfterMs: 100, shortCallsPerLoss: 1 } },
  { label: 'wake-ups 0.2 ms, starved wins after 100 ms', timing: { wakeMs: 0.2, switchMs: 0.2, loopWakeMs: 0.2, starvedWinsAfterMs: 100 } },
  { label: 'wake-ups 0.05 ms, starved wins after 300 ms', timing: { wakeMs: 0.05, switchMs: 0.05, loopWakeMs: 0.05, starvedWinsAfterMs: 300 } },
];

const ROOT = join(FIDELITY_DIR, '..');

/** gilTiming.ts with `timing`'s values in place of its own; an error names a constant it cannot find. */
export function rewriteTiming(source: string, timing: Partial<Timing>): string {
  let rewritten = source;
  for (const [name, value] of Object.entries(timing)) {
    const line = new RegExp(`(\\n\\s*${name}: )[0-9.]+,`);
    if (!line.test(rewritten)) throw new Error(`constantSweep: gilTiming.ts has no line "${name}: <number>,"`);
    rewritten = rewritten.replace(line, `$1${value},`);
  }
  return rewritten;
}

interface Tally { scenarios: number; requestsAgree: number; requests: number; missing: string[] }

function tally(compare: typeof Compare, folder: string, names: readonly string[]): Tally {
  const all = names.map((name) => compare.compareScenario(name, FIDELITY_DIR, (s) => s, folder));
  const missing = all.flatMap((c) => {
    const outside = compare.verdictOf(c).filter((r) => !r.agrees).length;
    return outside === 0 ? [] : [`\`${c.name}\` ${outside}`];
  });
  return { ...agreeingScenarios(all, compare.verdictOf), missing };
}

export interface SweepRow { label: string; here: Tally; reference: Tally }

/** Each set's agreement on both hosts, from an engine copied with that set's constants. */
export async function sweep(sets = SETS): Promise<SweepRow[]> {
  const names = measuredNames(FIDELITY_DIR, OTHER_HOST);
  // Inside the repository, so that the copies' imports find its node_modules; a folder of its
  // own, so that two sweeps at once (a test and a writer) do not share one.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const scratch = mkdtempSync(join(ROOT, '.tmp', 'constant-sweep-'));
  const rows: SweepRow[] = [];
  try {
    for (const [i, set] of sets.entries()) {
      const copy = join(scratch, String(i));
      cpSync(join(ROOT, 'shared'), join(copy, 'shared'), { recursive: true, filter: (f) => !f.endsWith('.test.ts') });
      mkdirSync(join(copy, 'fidelity'));
      cpSync(join(FIDELITY_DIR, 'compare.ts'), join(copy, 'fidelity', 'compare.ts'));
      const timingFile = join(copy, 'shared', 'engine', 'gilTiming.ts');
      writeFileSync(timingFile, rewriteTiming(readFileSync(timingFile, 'utf8'), set.timing));
      const compare = (await import(pathToFileURL(join(copy, 'fidelity', 'compare.ts')).href)) as typeof Compare;
      rows.push({ label: set.label, here: tally(compare, OTHER_HOST, names), reference: tally(compare, 'measured', names) });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return rows;
}

export function sweepMarkdown(rows: readonly SweepRow[]): string {
  const cell = (t: Tally) => `${t.scenarios} (${t.requestsAgree} of ${t.requests})`;
  const lines = [
    '| GIL constants | this host: scenarios (requests) agreeing | reference | scenarios with requests outside, this host |',
    '|---|---|---|---|',
  ];
  for (const r of rows) lines.push(`| ${r.label} | ${cell(r.here)} | ${cell(r.reference)} | ${r.here.missing.join(', ') || 'none'} |`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const text = sweepMarkdown(await sweep());
  console.log(text);
  if (!process.argv.includes('--write')) return;
  const path = join(ROOT, OTHER_HOST_DOC);
  writeFileSync(path, replaceBetween(readFileSync(path, 'utf8'), SWEEP_KEY, `\n${text}\n`));
  console.log(`\nwrote ${OTHER_HOST_DOC}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main();
