/** View preferences that outlive a visit: theme and chef mode (not zoom: that is per scenario). */
import { isRecord, readJson, STORE_KEYS, writeJson, type KeyValueStore } from './localStore';

export type ShellTheme = 'light' | 'dark' | 'high-contrast';
export const SHELL_THEMES: readonly ShellTheme[] = ['light', 'dark', 'high-contrast'];

export interface Prefs {
  theme: ShellTheme;
  chef: boolean;
}

export const DEFAULT_PREFS: Prefs = { theme: 'light', chef: false };

export function parsePrefs(raw: unknown): Prefs {
  if (!isRecord(raw)) return DEFAULT_PREFS;
  const theme = SHELL_THEMES.includes(raw.theme as ShellTheme) ? (raw.theme as ShellTheme) : DEFAULT_PREFS.theme;
  return { theme, chef: raw.chef === true };
}

export const loadPrefs = (store: KeyValueStore | null): Prefs => readJson(store, STORE_KEYS.prefs, parsePrefs) ?? DEFAULT_PREFS;
export const savePrefs = (store: KeyValueStore | null, prefs: Prefs): void => { writeJson(store, STORE_KEYS.prefs, prefs); };
