/**
 * Local storage for self-study offline: versioned keys (a new shape gets a new key, so an
 * old build's data is never misread), and every read and write guarded. A corrupt or
 * unreadable store is ignored — the app starts fresh rather than crash.
 */
export interface KeyValueStore {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
}

export const STORE_KEYS = {
  progress: 'looplab.progress.v1',
  scenario: 'looplab.scenario.v1',
  prefs: 'looplab.prefs.v1',
} as const;

/** The page's localStorage, or null where it is missing or forbidden (private mode, file://). */
export function browserStore(): KeyValueStore | null {
  try {
    const store = window.localStorage;
    return store ?? null;
  } catch {
    return null;
  }
}

/** The value under `key` if it parses and `validate` accepts it; otherwise null. */
export function readJson<T>(store: KeyValueStore | null, key: string, validate: (raw: unknown) => T | null): T | null {
  if (!store) return null;
  try {
    const text = store.getItem(key);
    return text === null ? null : validate(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Write, ignoring a full or forbidden store: losing a save must not stop the lesson. */
export function writeJson(store: KeyValueStore | null, key: string, value: unknown): boolean {
  if (!store) return false;
  try {
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
