/**
 * The engine against every measured scenario, printed; with --write, the computed counts and
 * results are written into README.md, docs/model.md and fidelity/README.md.
 *
 *   npx tsx fidelity/report.ts            # print the comparison
 *   npx tsx fidelity/report.ts --write    # and update the documents
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareScenario, FIDELITY_DIR, loadMeasured, measuredNames } from './compare';
import { countAgreement, countSentence, replaceBetween, resultsMarkdown } from './summary';
import { selfAgreementMarkdown } from './selfAgreement';

export const ROOT = join(FIDELITY_DIR, '..');
/** Documents that quote the counts, and their markers. */
export const COUNT_DOCS = ['README.md', 'docs/model.md'];
export const COUNT_KEY = 'fidelity-count';
export const RESULTS_DOC = 'fidelity/README.md';
export const RESULTS_KEY = 'fidelity-results';
/** fidelity/README.md's table of the measurements that reproduce themselves least (selfAgreement.ts). */
export const NOISE_KEY = 'fidelity-noise';

/** The self-agreement table for every measured scenario. */
export const noiseMarkdown = (): string =>
  selfAgreementMarkdown(measuredNames().map((name) => ({ name, measured: loadMeasured(name) })));

function main(): void {
  const all = measuredNames().map((name) => compareScenario(name));
  const noise = noiseMarkdown();
  console.log(resultsMarkdown(all));
  console.log(`\n${noise}`);
  if (!process.argv.includes('--write')) return;
  const sentence = countSentence(countAgreement(all));
  for (const doc of COUNT_DOCS) {
    const path = join(ROOT, doc);
    writeFileSync(path, replaceBetween(readFileSync(path, 'utf8'), COUNT_KEY, sentence));
  }
  const path = join(ROOT, RESULTS_DOC);
  const results = replaceBetween(readFileSync(path, 'utf8'), RESULTS_KEY, `\n${resultsMarkdown(all)}\n`);
  writeFileSync(path, replaceBetween(results, NOISE_KEY, `\n${noise}\n`));
  console.log(`\nwrote ${[...COUNT_DOCS, RESULTS_DOC].join(', ')}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
