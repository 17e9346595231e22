import { describe, expect, it } from 'vitest';
import { STORE_KEYS, type KeyValueStore } from './localStore';
import { EMPTY_PROGRESS, loadProgress, parseProgress, saveProgress, withAnswer, withCurrent, withDone } from './progress';
import { loadLastScenario, saveLastScenario } from './lastScenario';
import { loadPrefs, savePrefs } from './prefs';
import { defaultServer, type Scenario } from '../../../shared/scenario/types';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => { data[k] = v; } };
}

describe('lesson progress store', () => {
  it('keeps answers, finished lessons and the current lesson across a reload', () => {
    const store = memoryStore();
    const p = withCurrent(withDone(withAnswer(EMPTY_PROGRESS, 'step-1', 1), 'step-1'), 'step-2');
    saveProgress(store, p);
    expect(loadProgress(store)).toEqual({ answers: { 'step-1': 1 }, done: ['step-1'], current: 'step-2' });
  });

  it('starts fresh from a corrupt store instead of crashing', () => {
    expect(loadProgress(memoryStore({ [STORE_KEYS.progress]: '{not json' }))).toEqual(EMPTY_PROGRESS);
    expect(loadProgress(memoryStore({ [STORE_KEYS.progress]: '[1,2,3]' }))).toEqual(EMPTY_PROGRESS);
    expect(loadProgress(null)).toEqual(EMPTY_PROGRESS);
  });

  it('keeps the good entries of a partly damaged record', () => {
    expect(parseProgress({ answers: { a: 2, b: 'x', c: -1, d: 1.5 }, done: ['a', 7, 'a'], current: 3 }))
      .toEqual({ answers: { a: 2 }, done: ['a'], current: null });
  });

  it('survives a store that throws on every call (storage forbidden)', () => {
    const hostile: KeyValueStore = { getItem() { throw new Error('SecurityError'); }, setItem() { throw new Error('QuotaExceeded'); } };
    expect(loadProgress(hostile)).toEqual(EMPTY_PROGRESS);
    expect(() => saveProgress(hostile, EMPTY_PROGRESS)).not.toThrow();
    expect(loadLastScenario(hostile)).toBeNull();
  });
});

describe('last scenario store', () => {
  const scenario: Scenario = { name: 'mine', server: defaultServer(), routes: [{ name: 'r', kind: 'async', steps: [{ await_io: 50 }] }], requests: [{ route: 'r', at: 0 }] };

  it('brings back the document as it was', () => {
    const store = memoryStore();
    saveLastScenario(store, scenario);
    expect(loadLastScenario(store)).toEqual(scenario);
  });

  it('ignores a stored document that no longer loads', () => {
    expect(loadLastScenario(memoryStore({ [STORE_KEYS.scenario]: '{"name": 3}' }))).toBeNull();
    expect(loadLastScenario(memoryStore({ [STORE_KEYS.scenario]: 'garbage' }))).toBeNull();
  });
});

describe('view preferences', () => {
  it('falls back to the defaults for unknown values', () => {
    expect(loadPrefs(memoryStore({ [STORE_KEYS.prefs]: '{"theme":"neon","chef":"yes","serverWork":0}' }))).toEqual({ theme: 'light', chef: false, serverWork: true, shareBaseUrl: '' });
    expect(loadPrefs(memoryStore({ [STORE_KEYS.prefs]: '{"theme":"high-contrast","chef":true}' }))).toEqual({ theme: 'high-contrast', chef: true, serverWork: true, shareBaseUrl: '' });
  });

  it("keeps the server's own work hidden across a reload once the learner hides it", () => {
    const store = memoryStore();
    savePrefs(store, { ...loadPrefs(store), serverWork: false });
    expect(loadPrefs(store).serverWork).toBe(false);
  });

  it('keeps the web build address for share links only if it is an http(s) address', () => {
    const base = (value: unknown) => loadPrefs(memoryStore({ [STORE_KEYS.prefs]: JSON.stringify({ theme: 'dark', shareBaseUrl: value }) })).shareBaseUrl;
    expect(base('https://school.example/looplab/#old')).toBe('https://school.example/looplab/');
    expect(base('javascript:alert(1)')).toBe('');
    expect(base('file:///home/me/dist/web/index.html')).toBe('');
    expect(base(42)).toBe('');
  });
});
