/**
 * The engine against the scenarios measured on another host (fidelity/measured-other-host/,
 * fidelity/README.md "Another host"): the same comparison as the reference's (compare.ts),
 * replayed at the measured arrivals and as written, beside what the same scenarios give against
 * the reference (measured/). It is evidence for deciding which host the reference should describe,
 * not a test the engine must pass: its GIL constants were measured on the reference host.
 *
 *   npx tsx fidelity/otherHost.ts            # print the comparison
 *   npx tsx fidelity/otherHost.ts --write    # and put it into fidelity/README.md
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareScenario, FIDELITY_DIR, loadMeasured, measuredNames, verdictOf, type RequestComparison, type ScenarioComparison } from './compare';
import { selfAgreement } from './selfAgreement';
import { replaceBetween } from './summary';

export const OTHER_HOST = 'measured-other-host';
export const OTHER_HOST_DOC = 'fidelity/README.md';
export const OTHER_HOST_KEY = 'other-host-results';

/** What a measured file says of how it was measured, beyond what compare.ts reads. */
export interface RunRecord {
  loadavg?: number[] | number | null;
  end_ms: number[];
  arrival_ms: number[];
  /** The one-core speed probe before and after the run (relative to the calibration). */
  slowdown?: (number | null)[] | number | null;
}
export interface MeasuredFile {
  measured_at?: string;
  /** The windows of measuring whose runs the file holds, in order (run.py --append). */
  windows?: { measured_at: string; kept: number }[];
  discarded_disturbed_runs?: unknown[];
  judge?: { max_other_cores?: number };
  cpu_iters_per_ms?: number;
  runs: RunRecord[];
}

export interface OtherHostRow {
  name: string;
  here: ScenarioComparison;
  reference: ScenarioComparison;
  file: MeasuredFile;
  /** Share of resampled draws of this host's runs that reproduce their own medians. */
  selfAgreement: number;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const count = (rows: readonly RequestComparison[]) => `${rows.filter((r) => r.agrees).length}/${rows.length}`;
const n = (x: number) => x.toLocaleString('en-US');

/** The request furthest from its measurement, relative to its tolerance. */
function furthest(rows: readonly RequestComparison[]): RequestComparison {
  return rows.reduce((w, r) =>
    Math.abs(r.engine - r.measured) / Math.max(15, 0.15 * r.measured) > Math.abs(w.engine - w.measured) / Math.max(15, 0.15 * w.measured) ? r : w);
}

const oneMinuteLoad = (run: RunRecord): number | undefined =>
  Array.isArray(run.loadavg) ? run.loadavg[0] : typeof run.loadavg === 'number' ? run.loadavg : undefined;

/** "2026-12-04 10:49, load 0.3–0.9": when (UTC, first window; last window's day if it differs) and the 1-minute load averages of the kept runs. */
function when(file: MeasuredFile): string {
  const stamps = (file.windows?.map((w) => w.measured_at) ?? [file.measured_at]).filter((s): s is string => !!s);
  const utc = (s: string) => new Date(s).toISOString().slice(0, 16).replace('T', ' ');
  const at = stamps.length === 0 ? '?' : stamps.length === 1 ? utc(stamps[0]!) : `${utc(stamps[0]!)} (+${stamps.length - 1} window${stamps.length > 2 ? 's' : ''})`;
  const loads = file.runs.map(oneMinuteLoad).filter((x): x is number => x !== undefined);
  const [lo, hi] = [Math.min(...loads).toFixed(1), Math.max(...loads).toFixed(1)];
  const load = loads.length === 0 ? '' : `, load ${lo === hi ? lo : `${lo}–${hi}`}`;
  return `${at}${load}`;
}

export function otherHostNames(dir = FIDELITY_DIR): string[] {
  return measuredNames(dir, OTHER_HOST);
}

export function compareOtherHost(dir = FIDELITY_DIR): OtherHostRow[] {
  return otherHostNames(dir).map((name) => ({
    name,
    here: compareScenario(name, dir, (s) => s, OTHER_HOST),
    reference: compareScenario(name, dir),
    file: JSON.parse(readFileSync(join(dir, OTHER_HOST, `${name}.json`), 'utf8')) as MeasuredFile,
    selfAgreement: selfAgreement(loadMeasured(name, dir, OTHER_HOST)).joint,
  }));
}

/** How many scenarios have every request agreeing, and how many requests agree of how many. */
export function agreeingScenarios(all: readonly ScenarioComparison[], pick: (c: ScenarioComparison) => RequestComparison[]) {
  const rows = all.map(pick);
  return {
    scenarios: rows.filter((r) => r.every((q) => q.agrees)).length,
    requests: rows.reduce((a, r) => a + r.length, 0),
    requestsAgree: rows.reduce((a, r) => a + r.filter((q) => q.agrees).length, 0),
  };
}

/** fidelity/README.md's "Another host" table: every scenario measured there, against the engine and beside the reference. */
export function otherHostMarkdown(rows: readonly OtherHostRow[], dir = FIDELITY_DIR): string {
  const here = agreeingScenarios(rows.map((r) => r.here), verdictOf);
  const hereWritten = agreeingScenarios(rows.map((r) => r.here), (c) => c.asWritten);
  const ref = agreeingScenarios(rows.map((r) => r.reference), verdictOf);
  const refWritten = agreeingScenarios(rows.map((r) => r.reference), (c) => c.asWritten);
  const missing = measuredNames(dir).filter((name) => !rows.some((r) => r.name === name));
  const lines = [
    `Measured on this host, ${n(here.scenarios)} of the ${n(rows.length)} scenarios have every request's latency within ` +
      `max(15 ms, 15 %) of the engine's (${n(here.requestsAgree)} of ${n(here.requests)} requests), replayed at the ` +
      `measured arrivals; as written, ${n(hereWritten.scenarios)} (${n(hereWritten.requestsAgree)} of ${n(hereWritten.requests)}). ` +
      `Against the reference (\`measured/\`) the same scenarios give ${n(ref.scenarios)} (${n(ref.requestsAgree)} of ` +
      `${n(ref.requests)}) and ${n(refWritten.scenarios)} (${n(refWritten.requestsAgree)} of ${n(refWritten.requests)}).` +
      (missing.length === 0 ? '' : ` Not measured on this host: ${missing.map((m) => `\`${m}\``).join(', ')}.`),
    '',
    'Requests agreeing "replayed / as written"; the furthest request (replayed, as written for closed loops),',
    'relative to its tolerance: latency in ms, measured median [min..max] → engine. "Own medians" is the share',
    'of 2,000 resampled draws of this host\'s runs that reproduce their medians on every request (selfAgreement.ts).',
    '',
    '| scenario | runs kept / discarded | measured (UTC), 1-min load | this host: agree | furthest here | own medians | reference: agree |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const replayed = r.here.replayed === null ? '–' : count(r.here.replayed);
    const refReplayed = r.reference.replayed === null ? '–' : count(r.reference.replayed);
    const w = furthest(verdictOf(r.here));
    const bad = verdictOf(r.here).some((q) => !q.agrees);
    const fig = `#${w.id} ${w.route} ${ms(w.measured)} [${ms(w.measuredMin)}..${ms(w.measuredMax)}] → ${ms(w.engine)}`;
    const discarded = r.file.discarded_disturbed_runs?.length ?? 0;
    const judged = r.file.judge?.max_other_cores !== undefined && r.file.judge.max_other_cores !== 0.1
      ? ` (others ≤ ${r.file.judge.max_other_cores})` : '';
    lines.push(`| \`${r.name}\` | ${r.here.repeats} / ${discarded}${judged} | ${when(r.file)} | ${replayed} / ${count(r.here.asWritten)} | ` +
      `${bad ? `**${fig}**` : fig} | ${Math.round(100 * r.selfAgreement)} % | ${refReplayed} / ${count(r.reference.asWritten)} |`);
  }
  return lines.join('\n');
}

function main(): void {
  const text = otherHostMarkdown(compareOtherHost());
  console.log(text);
  if (!process.argv.includes('--write')) return;
  const path = join(FIDELITY_DIR, '..', OTHER_HOST_DOC);
  writeFileSync(path, replaceBetween(readFileSync(path, 'utf8'), OTHER_HOST_KEY, `\n${text}\n`));
  console.log(`\nwrote ${OTHER_HOST_DOC}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
