/**
 * What the repository says about fidelity, computed from the comparisons (fidelity/compare.ts):
 * the counts README.md and docs/model.md quote, and the results table of fidelity/README.md.
 * `npx tsx fidelity/report.ts --write` writes them between their markers; fidelity.test.ts
 * fails when what is written is not what the measurements and the engine give now.
 */
import { agrees, verdictOf, type RequestComparison, type ScenarioComparison } from './compare';

export interface FidelityCounts {
  scenarios: number;
  scenariosAgree: number;
  requests: number;
  requestsAgree: number;
  /** Scenarios that agree when simulated as written (not replayed at the measured arrivals). */
  asWrittenAgree: number;
}

export function countAgreement(all: readonly ScenarioComparison[]): FidelityCounts {
  let requests = 0, requestsAgree = 0, scenariosAgree = 0, asWrittenAgree = 0;
  for (const c of all) {
    const rows = verdictOf(c);
    requests += rows.length;
    requestsAgree += rows.filter((r) => r.agrees).length;
    if (agrees(rows)) scenariosAgree++;
    if (agrees(c.asWritten)) asWrittenAgree++;
  }
  return { scenarios: all.length, scenariosAgree, requests, requestsAgree, asWrittenAgree };
}

const n = (x: number) => x.toLocaleString('en-US');

/** The sentence README.md and docs/model.md quote. */
export function countSentence(c: FidelityCounts): string {
  return `${n(c.scenariosAgree)} of the ${n(c.scenarios)} measured scenarios have every request's latency within ` +
    `max(15 ms, 15 %) of its measured median (${n(c.requestsAgree)} of ${n(c.requests)} requests); ` +
    `simulated as written rather than at the measured arrival times, ${n(c.asWrittenAgree)} of ${n(c.scenarios)} do.`;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

/** The request furthest from its measurement, relative to its tolerance. */
function worst(rows: readonly RequestComparison[]): RequestComparison {
  let w = rows[0]!;
  let worstRatio = -1;
  for (const r of rows) {
    const ratio = Math.abs(r.engine - r.measured) / Math.max(15, 0.15 * r.measured);
    if (ratio > worstRatio) {
      worstRatio = ratio;
      w = r;
    }
  }
  return w;
}

function cell(rows: readonly RequestComparison[]): string {
  const bad = rows.filter((r) => !r.agrees);
  const w = worst(rows);
  const head = bad.length === 0 ? 'agrees' : `**${bad.length} of ${rows.length} outside**`;
  return `${head}; furthest: #${w.id} ${ms(w.measured)} [${ms(w.measuredMin)}..${ms(w.measuredMax)}] → ${ms(w.engine)}`;
}

/** fidelity/README.md's results: every scenario, replayed and as written, and where the two differ. */
export function resultsMarkdown(all: readonly ScenarioComparison[]): string {
  const counts = countAgreement(all);
  const lines = [
    countSentence(counts),
    '',
    'Latency in ms: measured median [min..max] → engine. "Replayed" sends each request at its',
    'measured arrival; "as written" at the time the scenario file says.',
    '',
    '| scenario | runs | replayed at the measured arrivals | as written |',
    '|---|---|---|---|',
  ];
  for (const c of all) {
    const replayed = c.replayed === null ? '(closed loop: compared as written)' : cell(c.replayed);
    lines.push(`| \`${c.name}\` | ${c.repeats} | ${replayed} | ${cell(c.asWritten)} |`);
  }
  const differ = all.filter((c) => c.replayed !== null && agrees(c.replayed) !== agrees(c.asWritten));
  lines.push('');
  if (differ.length === 0) {
    lines.push('Replayed and as written, every scenario gets the same verdict.');
  } else {
    lines.push('Where the two comparisons differ:');
    lines.push('');
    for (const c of differ) {
      const bad = (agrees(c.replayed!) ? c.asWritten : c.replayed!).filter((r) => !r.agrees);
      const figures = bad.map((r) => `#${r.id} ${ms(r.measured)} → ${ms(r.engine)}`).join(', ');
      lines.push(`- \`${c.name}\`: ${agrees(c.replayed!) ? 'agrees replayed, not as written' : 'agrees as written, not replayed'} (${figures}).`);
    }
  }
  return lines.join('\n');
}

/** Replaces the text between `<!-- key -->` and `<!-- /key -->` in `doc`. */
export function replaceBetween(doc: string, key: string, text: string): string {
  const open = `<!-- ${key} -->`, close = `<!-- /${key} -->`;
  const a = doc.indexOf(open), b = doc.indexOf(close);
  if (a < 0 || b < a) throw new Error(`markers ${open} … ${close} not found`);
  return doc.slice(0, a + open.length) + text + doc.slice(b);
}

/** The text between `<!-- key -->` and `<!-- /key -->`, or undefined. */
export function textBetween(doc: string, key: string): string | undefined {
  const open = `<!-- ${key} -->`, close = `<!-- /${key} -->`;
  const a = doc.indexOf(open), b = doc.indexOf(close);
  return a < 0 || b < a ? undefined : doc.slice(a + open.length, b);
}
