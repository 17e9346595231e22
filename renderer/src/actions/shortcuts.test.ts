import { describe, expect, it } from 'vitest';
import { formatShortcut, isPlainKey, matchesShortcut } from './shortcuts';

const key = (k: string, m: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...m });

describe('shortcuts', () => {
  it('matches Ctrl or Cmd as Mod and tells Ctrl+Z from Ctrl+Shift+Z', () => {
    expect(matchesShortcut(key('z', { ctrlKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(key('z', { metaKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z')).toBe(false);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z')).toBe(true);
    expect(matchesShortcut(key('z'), 'Mod+Z')).toBe(false);
  });

  it('matches "+" whether or not Shift was needed to type it', () => {
    expect(matchesShortcut(key('+', { shiftKey: true }), 'Plus')).toBe(true);
    expect(matchesShortcut(key('+'), 'Plus')).toBe(true);
  });

  it('formats for hints', () => {
    expect(formatShortcut('Mod+Shift+Z')).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('Mod+S', true)).toBe('⌘S');
    expect(formatShortcut('Alt+ArrowUp')).toBe('Alt+↑');
  });

  it('knows which shortcuts are plain keys that typing would trigger', () => {
    expect(isPlainKey('I')).toBe(true);
    expect(isPlainKey('Mod+O')).toBe(false);
  });
});
