import { describe, expect, it } from 'vitest';
import { parseScenario, validateScenario } from './load';
import { serializeScenario } from './serialize';
import { errorLines } from './testDocs';

const base = { name: 'x', routes: [{ name: 'r', kind: 'async', steps: [{ blocking_io: 100, line: 7, column: 5 }] }], requests: [{ route: 'r', at: 0 }] };

describe('fixes chosen for steps read from Python', () => {
  it('loads, saves and loads back a list of fixes', () => {
    const result = validateScenario({ ...base, fixes: [{ line: 7, column: 5, fix: 'await' }, { line: 9, column: 1, fix: 'def' }] });
    expect(result.ok && result.scenario.fixes).toEqual([{ line: 7, column: 5, fix: 'await' }, { line: 9, column: 1, fix: 'def' }]);
    if (!result.ok) return;
    const again = parseScenario(serializeScenario(result.scenario));
    expect(again.ok && again.scenario).toEqual(result.scenario);
  });

  it('names each problem with its path', () => {
    expect(errorLines({ ...base, fixes: [{ line: 0, column: 5, fix: 'await' }, { line: 3, fix: 'faster', where: 1 }, 'x'] })).toEqual([
      expect.stringMatching(/^fixes\[0\]\.line: must be a whole number from 1 to 10,000,000/),
      expect.stringMatching(/^fixes\[1\]\.where: unknown key \(.*a fix has line, column, fix\)$/),
      'fixes[1].column: is required (the line and column of the step, from 1)',
      'fixes[1].fix: must be one of "await", "threadpool", "process", "def" (got the text "faster")',
      'fixes[2]: must be a fix like {"line": 14, "column": 9, "fix": "await"} (got the text "x")',
    ]);
    expect(errorLines({ ...base, fixes: {} })).toEqual([expect.stringMatching(/^fixes: must be a list of fixes/)]);
  });
});
