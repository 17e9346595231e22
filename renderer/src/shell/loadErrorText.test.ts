import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../shared/scenario/load';
import { loadErrorText } from './loadErrorText';

const errorsOf = (text: string) => {
  const r = parseScenario(text);
  if (r.ok) throw new Error('expected a refusal');
  return r.errors;
};

describe('a load error as the app lists it', () => {
  it('says a syntax error\'s line and column once', () => {
    const [e] = errorsOf('{\n  "name": "x",,\n}');
    const { where, what } = loadErrorText(e!);
    expect(where).toBe('line 2, column 15');
    expect(what).not.toMatch(/line \d+, column \d+/);
    expect(`${where} ${what}`.match(/line 2/g)).toHaveLength(1);
  });
  it('gives a problem its JSON path, and the whole file no made-up place', () => {
    const [step] = errorsOf(JSON.stringify({ name: 'x', routes: [{ name: 'r', kind: 'sync', steps: [{ await_io: 5 }] }], requests: [{ route: 'r', at: 0 }] }));
    expect(loadErrorText(step!).where).toBe('routes[0].steps[0].await_io');
    const [whole] = errorsOf('[]');
    expect(loadErrorText(whole!).where).toBeNull();
  });
});
