/**
 * Keyboard shortcuts as written in the registry: "Mod+Shift+Z", "Alt+ArrowUp", "I".
 * "Mod" is Ctrl, or ⌘ on a Mac, so one registry serves both.
 */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface Parsed { key: string; mod: boolean; shift: boolean; alt: boolean }

function parse(shortcut: string): Parsed {
  const parts = shortcut.split('+');
  // "Mod+=" splits fine; a bare "+" key is written "Plus".
  const key = parts.pop()!;
  return {
    key: key === 'Plus' ? '+' : key === 'Space' ? ' ' : key.toLowerCase(),
    mod: parts.includes('Mod'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
  };
}

/** Shift is ignored for keys whose character already implies it ("+", "?"). */
const SHIFTED_CHARACTERS = new Set(['+', '?', '_', ':']);

export function matchesShortcut(event: KeyLike, shortcut: string): boolean {
  const p = parse(shortcut);
  if (event.key.toLowerCase() !== p.key) return false;
  if ((event.ctrlKey || event.metaKey) !== p.mod) return false;
  if (event.altKey !== p.alt) return false;
  return SHIFTED_CHARACTERS.has(p.key) || event.shiftKey === p.shift;
}

/** How a shortcut is shown in hints and tooltips. */
export function formatShortcut(shortcut: string, mac = false): string {
  return shortcut
    .split('+')
    .map((part) => {
      if (part === 'Mod') return mac ? '⌘' : 'Ctrl';
      if (part === 'ArrowUp') return '↑';
      if (part === 'ArrowDown') return '↓';
      if (part === 'ArrowLeft') return '←';
      if (part === 'ArrowRight') return '→';
      if (part === 'Escape') return 'Esc';
      if (part === 'PageUp') return 'Page Up';
      if (part === 'PageDown') return 'Page Down';
      if (part === 'Plus') return '+';
      return part.length === 1 ? part.toUpperCase() : part;
    })
    .join(mac ? '' : '+');
}

/** Single keys must not fire while the user types into a field; Mod shortcuts still should. */
export function isPlainKey(shortcut: string): boolean {
  const p = parse(shortcut);
  return !p.mod && !p.alt;
}
