import { describe, expect, it } from 'vitest';
import { validateScenario } from './load';
import { errorLines, validDoc } from './testDocs';

const withRequests = (requests: unknown) => ({ ...validDoc(), requests });
const loadedRequests = (requests: unknown) => {
  const result = validateScenario(withRequests(requests));
  return result.ok ? result.scenario.requests : result.errors;
};

describe('request trains', () => {
  it('default to one request at time 0 and keep count and every as written', () => {
    expect(loadedRequests([{ route: 'report' }, { route: 'report', at: 5, count: 3, every: 10 }])).toEqual([
      { route: 'report', at: 0 },
      { route: 'report', at: 5, count: 3, every: 10 },
    ]);
  });

  it('reject a zero, fractional or negative count', () => {
    for (const count of [0, 2.5, -1]) {
      expect(errorLines(withRequests([{ route: 'report', at: 0, count }]))).toEqual([
        expect.stringMatching(/^requests\[0\]\.count: must be a whole number from 1 to 1,000,000: how many requests the train sends/),
      ]);
    }
  });

  it('reject negative or non-numeric times', () => {
    expect(errorLines(withRequests([{ route: 'report', at: -5, every: 'often' }]))).toEqual([
      expect.stringMatching(/^requests\[0\]\.at: must not be negative/),
      expect.stringMatching(/^requests\[0\]\.every: must be a number of milliseconds .*got the text "often"/),
    ]);
  });

  it('reject unknown keys, naming both forms', () => {
    expect(errorLines(withRequests([{ route: 'report', at: 0, cuont: 2 }]))).toEqual([
      'requests[0].cuont: unknown key (did you mean "count"? a request train has route, at, count, every; closed-loop load has route, users, each, think, at)',
    ]);
  });
});

describe('closed-loop load', () => {
  it('defaults think to 0 and keeps at only when given', () => {
    expect(loadedRequests([{ route: 'report', users: 2, each: 3 }, { route: 'report', users: 1, each: 1, think: 5, at: 7 }])).toEqual([
      { route: 'report', users: 2, each: 3, think: 0 },
      { route: 'report', users: 1, each: 1, think: 5, at: 7 },
    ]);
  });

  it('requires users and each', () => {
    expect(errorLines(withRequests([{ route: 'report', think: 10 }]))).toEqual([
      'requests[0].users: is required (a whole number from 1 to 1,000,000: how many users send requests at the same time)',
      'requests[0].each: is required (a whole number from 1 to 1,000,000: how many requests each user sends, one after another)',
    ]);
  });

  it('may not be mixed with a train', () => {
    expect(errorLines(withRequests([{ route: 'report', users: 2, each: 2, count: 3 }]))).toEqual([
      expect.stringMatching(/^requests\[0\]: mixes a train \(count, every\) with closed-loop load \(users, each, think\); use one form/),
    ]);
  });
});

describe('the requests list', () => {
  it('must not be empty', () => {
    expect(errorLines(withRequests([]))).toEqual([expect.stringMatching(/^requests: is empty \(list who sends what and when/)]);
  });

  it('must be a list of objects', () => {
    expect(errorLines(withRequests({ route: 'report' }))).toEqual([expect.stringMatching(/^requests: must be a list \(got an object\)/)]);
    expect(errorLines(withRequests(['report']))).toEqual([expect.stringMatching(/^requests\[0\]: must be an object like/)]);
  });

  it('must name routes that exist', () => {
    expect(errorLines(withRequests([{ route: 'Report', at: 0 }, { route: 'nothing', at: 0 }]))).toEqual([
      'requests[0].route: no route is named "Report" (did you mean "report"? routes: report)',
      'requests[1].route: no route is named "nothing" (routes: report)',
    ]);
  });

  it('requires a route name', () => {
    expect(errorLines(withRequests([{ at: 0 }]))).toEqual([expect.stringMatching(/^requests\[0\]\.route: is required \(text in double quotes: the name of a route/)]);
  });

  it('does not blame requests when a route name itself is unreadable', () => {
    const doc = { ...validDoc(), routes: [{ kind: 'async', steps: [] }] };
    expect(errorLines(doc)).toEqual([expect.stringMatching(/^routes\[0\]\.name: is required/)]);
  });
});
