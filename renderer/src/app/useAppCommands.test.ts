import { describe, expect, it } from 'vitest';
import { EDIT_ACTIONS } from '../actions/editActions';
import { formatShortcut } from '../actions/shortcuts';
import { createViewport } from '../../../renderer/chart/viewport';
import { useAppCommands } from './useAppCommands';

// useAppCommands only builds an object (no React hooks inside), so it can be called here.
function appCommands() {
  const noop = () => {};
  const viewport = createViewport({ extentEnd: 1000 });
  const presentation = { presenting: false, toggle: noop, leave: noop, playback: { toggle: noop, step: noop } };
  const doc = { announce: noop, undo: noop, redo: noop };
  const files = { open: async () => {}, save: async () => {}, saveAs: async () => {} };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const commands = useAppCommands({ doc, files, viewport, setView: noop, toggleChef: noop, toggleLessons: noop, presentation, traceOpen: false } as any);
  return { commands, viewport };
}

describe('keyboard shortcuts', () => {
  it('never give one key two meanings, edits and commands together', () => {
    const { commands } = appCommands();
    const owners = new Map<string, string[]>();
    const claim = (key: string | undefined, name: string) => {
      if (!key) return;
      const k = formatShortcut(key).toLowerCase();
      owners.set(k, [...(owners.get(k) ?? []), name]);
    };
    for (const a of EDIT_ACTIONS) claim(a.shortcut, a.name);
    for (const [name, c] of Object.entries(commands)) [c.shortcut, ...(c.alsoShortcuts ?? [])].forEach((k) => claim(k, name));
    const shared = [...owners].filter(([, names]) => names.length > 1);
    expect(shared).toEqual([]);
  });

  it('W/S zoom and A/D pan, as in Perfetto and Chrome’s Performance panel', () => {
    const { commands, viewport } = appCommands();
    const key = (k: string) => Object.values(commands).find((c) => c.shortcut === k || c.alsoShortcuts?.includes(k))!;
    key('W').run();
    const span = viewport.end - viewport.start;
    expect(span).toBeCloseTo(1000 / 1.5);
    const start = viewport.start;
    key('D').run();
    expect(viewport.start).toBeCloseTo(start + span * 0.1);
    key('A').run();
    expect(viewport.start).toBeCloseTo(start);
    key('S').run();
    expect(viewport.end - viewport.start).toBeCloseTo(1000);
  });
});
