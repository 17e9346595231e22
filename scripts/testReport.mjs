// What `npm test` prints from the runners' JSON reports, beside its totals line. CI keeps only
// the tail of a run, so whatever explains a skip or a failure has to be there, not only in the
// runners' own reports, which have long scrolled away behind the end-to-end list.
import { relative } from 'node:path';

const MAX = 300;
// eslint-disable-next-line no-control-regex -- Playwright's messages carry terminal colour codes, which start with ESC
const firstLine = (text) => String(text).replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim())?.trim() ?? '';

/** Every end-to-end test of a Playwright JSON report, with its project and spec. */
function* playwrightTests(report) {
  const walk = function* (suite) {
    for (const spec of suite.specs ?? []) for (const t of spec.tests) yield { spec, t };
    for (const child of suite.suites ?? []) yield* walk(child);
  };
  for (const suite of report.suites ?? []) yield* walk(suite);
}

/** A skip must say why: each skipped end-to-end test with its reason. */
export function skipLines(report) {
  const lines = [];
  for (const { spec, t } of playwrightTests(report)) {
    if (!t.results.some((r) => r.status === 'skipped')) continue;
    // test.fixme() skips as test.skip() does, under its own annotation
    const why = (t.annotations ?? []).find((a) => a.type === 'skip' || a.type === 'fixme')?.description ?? 'no reason given';
    lines.push(`  skipped: [${t.projectName}] ${spec.title} — ${why}`);
  }
  return lines;
}

/** Each end-to-end test that failed on its last try (a flaky one passed on a retry), and why. */
export function playwrightFailureLines(report) {
  const lines = [];
  for (const { spec, t } of playwrightTests(report)) {
    if (t.status !== 'unexpected') continue;
    const last = t.results[t.results.length - 1];
    // A test marked to fail (test.fail()) that passed has no error, only the wrong outcome.
    const why = firstLine(last?.error?.message ?? (last ? `${last.status}, where ${t.expectedStatus ?? 'passed'} was expected` : 'no result'));
    lines.push(`  failed: [${t.projectName}] ${spec.file}:${spec.line} › ${spec.title} — ${why.slice(0, MAX)}`);
  }
  return lines;
}

/**
 * A Vitest JSON report's totals. A file that fails before its tests run (an import that throws)
 * has no failed test in Vitest's own count, and counts here as one failure.
 */
export function vitestTotals(report) {
  const broken = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + broken,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/** Each unit test that failed, and why; a file that failed before its tests ran, with its error. */
export function vitestFailureLines(report, cwd) {
  const lines = [];
  for (const file of report.testResults ?? []) {
    const path = relative(cwd, file.name);
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failedTests) {
      lines.push(`  failed: ${path} › ${t.fullName} — ${firstLine(t.failureMessages?.[0] ?? 'no message').slice(0, MAX)}`);
    }
    if (file.status === 'failed' && failedTests.length === 0) {
      // Vitest's JSON keeps no message for a describe block's beforeAll or afterAll that threw
      // (its tests read as skipped); its own output, above, has the error.
      const why = file.message || 'failed outside its tests, with no message in the report (a describe block\'s hook?): see Vitest\'s output above';
      lines.push(`  failed: ${path} — ${firstLine(why).slice(0, MAX)}`);
    }
  }
  return lines;
}
