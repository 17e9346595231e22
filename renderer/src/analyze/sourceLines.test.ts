import { describe, expect, it } from 'vitest';
import { defaultServer, type Scenario } from '../../../shared/scenario/types';
import { highlightLines, linesOfStep } from './sourceLines';

const scenario: Scenario = {
  name: 'app.py', server: defaultServer(),
  routes: [{ name: 'GET /o', kind: 'async', steps: [
    { to_thread: [{ cpu: 0.1, line: 11, column: 1 }], pool: 'anyio', label: 'get_db()', line: 22, column: 50 },
    { blocking_io: 20, line: 12, column: 13 },
    { gather: [[{ await_io: 5, line: 30, column: 9 }], [{ await_io: 5 }]] },
  ] }],
  requests: [{ route: 'GET /o', at: 0 }],
};
const links = [{ line: 12, column: 13, via: [20] }];

describe('bars and lines of the Python', () => {
  it('gives a bar its own line and the lines that lead to it', () => {
    expect(linesOfStep(scenario, links, 'GET /o', [1])).toEqual([12, 20]);
    expect(linesOfStep(scenario, links, 'GET /o', [0, 0])).toEqual([11]);
    expect(linesOfStep(scenario, links, 'GET /o', [0])).toEqual([22]);
    expect(linesOfStep(scenario, links, 'GET /o', [2, 0, 0])).toEqual([30]);
    // A step without a line of its own inside a gather with none either: no line.
    expect(linesOfStep(scenario, links, 'GET /o', [2, 1, 0])).toEqual([]);
    expect(linesOfStep(scenario, links, 'GET /x', [0])).toEqual([]);
  });

  it('points out the bars of a line, including those reached through a call on it', () => {
    const h = highlightLines(scenario, links, new Set([20]))!;
    expect(h('GET /o', [1])).toBe(true);
    expect(h('GET /o', [0, 0])).toBe(false);
    expect(highlightLines(scenario, links, null)).toBeNull();
  });
});
