import { describe, expect, it } from 'vitest';
import { defaultServer, type Scenario } from '../../../shared/scenario/types';
import { isRefusal } from './editResult';
import { addFix } from './fixEdits';

const doc: Scenario = Object.freeze({
  name: 'app.py', server: defaultServer(),
  routes: [{ name: 'GET /a', kind: 'async', steps: [{ blocking_io: 200, label: 'time.sleep(0.2)', line: 7, column: 5 }] }],
  requests: [{ route: 'GET /a', at: 0 }],
}) as Scenario;

describe('choosing a fix', () => {
  it('adds the fix for the step at that place, and a second choice replaces the first', () => {
    const once = addFix(doc, { line: 7, column: 5, fix: 'await' });
    expect(!isRefusal(once) && once.fixes).toEqual([{ line: 7, column: 5, fix: 'await' }]);
    const twice = !isRefusal(once) && addFix(once, { line: 7, column: 5, fix: 'threadpool' });
    expect(twice && !isRefusal(twice) && twice.fixes).toEqual([{ line: 7, column: 5, fix: 'threadpool' }]);
    expect(doc.fixes).toBeUndefined();
  });

  it('refuses a place with no step, and the same fix twice, saying why', () => {
    const none = addFix(doc, { line: 8, column: 1, fix: 'await' });
    expect(isRefusal(none) && none.error).toMatch(/^No step comes from line 8, column 1 any more/);
    const once = addFix(doc, { line: 7, column: 5, fix: 'await' }) as Scenario;
    const again = addFix(once, { line: 7, column: 5, fix: 'await' });
    expect(isRefusal(again) && again.error).toBe('That fix is already applied (Ctrl+Z takes it back).');
  });
});
