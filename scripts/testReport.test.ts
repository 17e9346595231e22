/**
 * `npm test` ends with what CI keeps of a run: beside the totals, each failed test and why, and
 * each skipped one and why. These reports have the shapes Vitest's and Playwright's JSON
 * reporters write (taken from real runs, trimmed).
 */
import { describe, expect, it } from 'vitest';
import { playwrightFailureLines, skipLines, vitestFailureLines, vitestTotals } from './testReport.mjs';

const vitestReport = {
  numPassedTests: 1, numFailedTests: 1, numPendingTests: 0, numTodoTests: 0,
  testResults: [
    {
      name: '/repo/measure/a.test.ts', status: 'failed', message: '',
      assertionResults: [
        { fullName: 'passes', status: 'passed', failureMessages: [] },
        {
          fullName: 'the meter reads two as one', status: 'failed',
          failureMessages: ['AssertionError: expected 2 to be 1 // Object.is equality\n    at /repo/measure/a.test.ts:3:40'],
        },
      ],
    },
    { name: '/repo/measure/b.test.ts', status: 'failed', message: 'cannot load this file\n    at b.test.ts:1', assertionResults: [] },
    {
      // a describe block's beforeAll threw: Vitest's JSON has its tests skipped and no message
      name: '/repo/measure/d.test.ts', status: 'failed', message: '',
      assertionResults: [{ fullName: 'with setup one', status: 'skipped', failureMessages: [] }],
    },
    { name: '/repo/shared/c.test.ts', status: 'passed', message: '', assertionResults: [{ fullName: 'ok', status: 'passed', failureMessages: [] }] },
  ],
};

const spec = (title: string, line: number, test: object) => ({ title, file: 'share.spec.ts', line, tests: [test] });
const playwrightReport = {
  suites: [{
    title: 'share.spec.ts', file: 'share.spec.ts', specs: [
      spec('opens a link', 20, { projectName: 'web', status: 'expected', annotations: [], results: [{ status: 'passed' }] }),
      spec('refuses a tampered link', 65, {
        projectName: 'web', status: 'unexpected', annotations: [],
        results: [{ status: 'failed', error: { message: '\u001b[31mError: expect(locator).toBeVisible() failed\u001b[39m\n\nLocator: …' } }],
      }),
      spec('is marked to fail', 80, {
        projectName: 'web', status: 'unexpected', expectedStatus: 'failed', annotations: [{ type: 'fail' }],
        results: [{ status: 'passed' }],
      }),
      spec('a retried test', 90, {
        projectName: 'web', status: 'flaky', annotations: [],
        results: [{ status: 'failed', error: { message: 'Error: first try' } }, { status: 'passed' }],
      }),
    ],
    suites: [{
      title: 'desktop', specs: [
        spec('opens the app', 5, {
          projectName: 'electron', status: 'skipped', annotations: [{ type: 'skip', description: 'Electron binary not downloaded' }],
          results: [{ status: 'skipped' }],
        }),
        spec('resizes the window', 9, {
          projectName: 'electron', status: 'skipped', annotations: [{ type: 'fixme', description: 'the window manager ignores it headless' }],
          results: [{ status: 'skipped' }],
        }),
      ],
    }],
  }],
};

describe('the test command\'s closing lines', () => {
  it('name each failed unit test, with its file and the first line of why', () => {
    expect(vitestFailureLines(vitestReport, '/repo')).toEqual([
      '  failed: measure/a.test.ts › the meter reads two as one — AssertionError: expected 2 to be 1 // Object.is equality',
      '  failed: measure/b.test.ts — cannot load this file',
      '  failed: measure/d.test.ts — failed outside its tests, with no message in the report (a describe block\'s hook?): see Vitest\'s output above',
    ]);
  });

  it('count a test file that could not load as a failure, which Vitest\'s own count leaves out', () => {
    expect(vitestTotals(vitestReport)).toEqual({ passed: 1, failed: 3, skipped: 0 });
  });

  it('name each end-to-end test that failed on its last try, without terminal colours; one that passed on a retry is not listed', () => {
    expect(playwrightFailureLines(playwrightReport)).toEqual([
      '  failed: [web] share.spec.ts:65 › refuses a tampered link — Error: expect(locator).toBeVisible() failed',
      '  failed: [web] share.spec.ts:80 › is marked to fail — passed, where failed was expected',
    ]);
  });

  it('give each skipped end-to-end test its reason, in nested suites too, and a fixme\'s', () => {
    expect(skipLines(playwrightReport)).toEqual([
      '  skipped: [electron] opens the app — Electron binary not downloaded',
      '  skipped: [electron] resizes the window — the window manager ignores it headless',
    ]);
  });
});
