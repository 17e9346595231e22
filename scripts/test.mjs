#!/usr/bin/env node
// The one test command (`npm test`): lint (ESLint), unit tests (Vitest), then end-to-end tests
// (Playwright), then one totals line over all three, so a run that executed nothing shows as
// such. Lint counts as one check: any problem it reports fails the run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { playwrightFailureLines, skipLines, vitestFailureLines, vitestTotals } from './testReport.mjs';

const out = '.tmp';
mkdirSync(out, { recursive: true });
const vitestJson = join(out, 'vitest.json');
const playwrightJson = join(out, 'playwright.json');
for (const f of [vitestJson, playwrightJson]) rmSync(f, { force: true });

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

const bin = (name) => join('node_modules', '.bin', name);
console.log('lint: eslint .');
// Its report is kept to be said again at the end, where CI's tail shows it.
const lint = spawnSync(bin('eslint'), ['.', '--max-warnings=0'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const lintStatus = lint.status ?? 1;
const lintReport = `${lint.stdout ?? ''}${lint.stderr ?? ''}${lint.error ? String(lint.error) : ''}`.trim();
if (lintReport) console.log(lintReport);
console.log(lintStatus === 0 ? 'lint: no problems' : `lint: failed (eslint exited with status ${lintStatus})`);
const unitStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
const e2eStatus = run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson });

let passed = lintStatus === 0 ? 1 : 0, failed = lintStatus === 0 ? 0 : 1, skipped = 0;
// A runner that exits non-zero without reporting a failed test (a build error, a web server
// that never started, a crash) still counts as a failure: the totals must never read clean.
function runnerFailed(name, status, failedTests, errors = []) {
  if (status === 0) return 0;
  for (const e of errors) console.error(`${name}: ${String(e.message ?? e).split('\n')[0]}`);
  if (failedTests > 0) return 0;
  console.error(`${name} exited with status ${status} without a failed test: counted as one failure`);
  return 1;
}
/** Prints `lines` under `heading`, if there are any. */
function printLines(heading, lines) {
  if (lines.length) console.log(`\n${heading}\n${lines.join('\n')}`);
}

let unitFailures = [];
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  const totals = vitestTotals(v);
  passed += totals.passed; failed += totals.failed; skipped += totals.skipped;
  failed += runnerFailed('vitest', unitStatus, totals.failed);
  unitFailures = vitestFailureLines(v, process.cwd());
} else failed += runnerFailed('vitest', unitStatus || 1, 0);
if (existsSync(playwrightJson)) {
  const report = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  const s = report.stats;
  passed += s.expected + s.flaky; failed += s.unexpected; skipped += s.skipped;
  failed += runnerFailed('playwright', e2eStatus, s.unexpected, report.errors ?? []);
  printLines('end-to-end tests skipped, and why:', skipLines(report));
  printLines('end-to-end tests that failed:', playwrightFailureLines(report));
} else failed += runnerFailed('playwright', e2eStatus || 1, 0);
if (lintStatus !== 0) printLines('lint failed:', lintReport.split('\n').slice(0, 40).map((l) => `  ${l}`));
printLines('unit tests that failed:', unitFailures);

const status = lintStatus !== 0 || unitStatus !== 0 || e2eStatus !== 0 || failed > 0 ? 1 : 0;
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(status);
