import { describe, expect, it } from 'vitest';
import { EDIT_ACTIONS } from '../actions/editActions';
import { formatShortcut } from '../actions/shortcuts';
import { createViewport } from '../../../renderer/chart/viewport';
import { createAppCommands, type AppCommandDeps } from './appCommands';
import { builtinScenarios } from '../seams/builtins';
import type { Scenario } from '../../../shared/scenario/types';

function appCommands(separate = false) {
  const noop = () => {};
  const viewport = createViewport({ extentEnd: 1000 });
  const other = createViewport({ extentEnd: 30_000 });
  const presentation = { presenting: false, toggle: noop, leave: noop, playback: { toggle: noop, step: noop } };
  const loaded: { scenario: Scenario; path: string | null }[] = [];
  const said: string[] = [];
  const doc = { announce: (text: string) => said.push(text), undo: noop, redo: noop, load: (scenario: Scenario, path: string | null) => loaded.push({ scenario, path }) };
  const files = { open: async () => {}, save: async () => {}, saveAs: async () => {} };
  // Fakes of only what the commands call.
  const deps = { doc, files, viewports: separate ? [viewport, other] : [viewport], setView: noop, toggleChef: noop, toggleLessons: noop, presentation, traceOpen: false, builtins: builtinScenarios } as unknown as AppCommandDeps;
  const commands = createAppCommands(deps);
  return { commands, viewport, other, loaded, said };
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

  it('W/S zoom and A/D pan, as in Perfetto and Chrome’s Performance panel', async () => {
    const { commands, viewport } = appCommands();
    const key = (k: string) => Object.values(commands).find((c) => c.shortcut === k || c.alsoShortcuts?.includes(k))!;
    await key('W').run();
    const span = viewport.end - viewport.start;
    expect(span).toBeCloseTo(1000 / 1.5);
    const start = viewport.start;
    await key('D').run();
    expect(viewport.start).toBeCloseTo(start + span * 0.1);
    await key('A').run();
    expect(viewport.start).toBeCloseTo(start);
    await key('S').run();
    expect(viewport.end - viewport.start).toBeCloseTo(1000);
  });

  it("zoom, pan and fit act on each chart's own time axis while the axes are separate", async () => {
    const { commands, viewport, other } = appCommands(true);
    const key = (k: string) => Object.values(commands).find((c) => c.shortcut === k || c.alsoShortcuts?.includes(k))!;
    await key('W').run();
    expect(viewport.end - viewport.start).toBeCloseTo(1000 / 1.5);
    expect(other.end - other.start).toBeCloseTo(30_000 / 1.5);
    const start = other.start;
    await key('D').run();
    expect(other.start).toBeCloseTo(start + (30_000 / 1.5) * 0.1);
    await key('0').run();
    expect([viewport.start, viewport.end, other.start, other.end]).toEqual([0, 1000, 0, 30_000]);
  });
});

describe('picking a built-in scenario', () => {
  it('loads it as a new document with no file, as opening a file does, and says Ctrl+Z brings the last one back', async () => {
    const { commands, loaded, said } = appCommands();
    const target = builtinScenarios[2]!;
    await commands.openBuiltin!.run(target.id);
    expect(loaded).toEqual([{ scenario: target.scenario, path: null }]);
    expect(said).toEqual([`Loaded “${target.scenario.name}”. Ctrl+Z brings back the previous scenario.`]);
  });

  it('refuses an id that is no built-in, loading nothing', () => {
    const { commands, loaded } = appCommands();
    expect(() => commands.openBuiltin!.run('no-such-scenario')).toThrow('there is no built-in scenario called "no-such-scenario".');
    expect(loaded).toEqual([]);
  });
});
