/**
 * Preferences that outlive a visit: theme, chef mode and whether the charts draw the server's
 * own work (not zoom: that is per scenario), and,
 * for the desktop app, the address of the published web build that share links point to.
 */
import { isRecord, readJson, STORE_KEYS, writeJson, type KeyValueStore } from './localStore';

export type ShellTheme = 'light' | 'dark' | 'high-contrast';
export const SHELL_THEMES: readonly ShellTheme[] = ['light', 'dark', 'high-contrast'];

export interface Prefs {
  theme: ShellTheme;
  chef: boolean;
  /** The charts draw the server's own work (the loop's thin `server` bars); off hides them. */
  serverWork: boolean;
  /**
   * Where the web build is published (e.g. https://school.example/looplab/): the desktop app's
   * share links open there. Empty until the teacher sets it; the browser build uses its own address.
   */
  shareBaseUrl: string;
}

export const DEFAULT_PREFS: Prefs = { theme: 'light', chef: false, serverWork: true, shareBaseUrl: '' };

/** An http(s) address without its fragment, or null: a share link must open a web page. */
export function normalizeBaseUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.hash = '';
  return url.href;
}

export function parsePrefs(raw: unknown): Prefs {
  if (!isRecord(raw)) return DEFAULT_PREFS;
  const theme = SHELL_THEMES.includes(raw.theme as ShellTheme) ? (raw.theme as ShellTheme) : DEFAULT_PREFS.theme;
  const shareBaseUrl = typeof raw.shareBaseUrl === 'string' ? normalizeBaseUrl(raw.shareBaseUrl) ?? '' : '';
  return { theme, chef: raw.chef === true, serverWork: raw.serverWork !== false, shareBaseUrl };
}

export const loadPrefs = (store: KeyValueStore | null): Prefs => readJson(store, STORE_KEYS.prefs, parsePrefs) ?? DEFAULT_PREFS;
export const savePrefs = (store: KeyValueStore | null, prefs: Prefs): void => { writeJson(store, STORE_KEYS.prefs, prefs); };
