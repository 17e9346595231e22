import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/scenario/types';
import { defaultServer } from '../../../shared/scenario/types';
import { createActionManager } from './actionManager';
import { EDIT_ACTIONS } from './editActions';
import type { Selection } from './types';

const doc: Scenario = { name: 't', server: defaultServer(), routes: [{ name: 'r', kind: 'sync', steps: [{ blocking_io: 10 }] }], requests: [{ route: 'r', at: 0 }] };

function setup(selection: Selection = { route: 0, step: [0] }) {
  const state = { doc, selection, refused: [] as string[], commits: 0 };
  const manager = createActionManager({
    context: () => ({ doc: state.doc, selection: state.selection }),
    commitEdit(next, _a, sel) { state.doc = next; state.commits++; if (sel) state.selection = sel; },
    refuse(m) { state.refused.push(m); },
  });
  EDIT_ACTIONS.forEach((a) => manager.register(a));
  return { state, manager };
}
/** A key pressed on a button inside the step editor. */
const inEditor = { tagName: 'BUTTON', closest: (sel: string) => (sel.includes('editor') ? {} : null) };
const key = (k: string, extra: object = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...extra });

describe('action manager', () => {
  it('runs an edit from a button and selects the new step', () => {
    const { state, manager } = setup();
    expect(manager.dispatch('addCpuBurst')).toBe(true);
    expect(state.doc.routes[0]!.steps).toEqual([{ blocking_io: 10 }, { cpu: 20 }]);
    expect(state.selection.step).toEqual([1]);
  });

  it('deleting the selected step selects the step that took its place, so the next Delete has a target', () => {
    const { state, manager } = setup();
    manager.dispatch('addCpuBurst');
    state.selection = { route: 0, step: [0] };
    expect(manager.dispatch('deleteStep')).toBe(true);
    expect(state.doc.routes[0]!.steps).toEqual([{ cpu: 20 }]);
    expect(state.selection.step).toEqual([0]);
  });
  it('says why an edit would be refused before it runs, with the edit that fixes it, and runs nothing', () => {
    const { state, manager } = setup();
    const io = manager.blocked('addIoWait');
    expect(io?.reason).toMatch(/def route, and await is only allowed inside async def/);
    expect(io?.fix).toEqual({ label: 'Switch to async def', action: 'toggleRouteKind', args: { route: 0, kind: 'async' } });
    expect(manager.blocked('addCpuBurst')).toBeNull();
    expect(state.commits).toBe(0);
    manager.dispatch(io!.fix!.action, io!.fix!.args);
    expect(manager.blocked('addIoWait')).toBeNull();
    state.selection = { route: 0, step: null };
    expect(manager.blocked('wrapInThread')).toEqual({ reason: 'Select a step first.' });
  });
  it('refuses an invalid edit with the action\'s label, committing nothing', () => {
    const { state, manager } = setup();
    expect(manager.dispatch('addIoWait')).toBe(false);
    expect(state.commits).toBe(0);
    expect(state.refused[0]).toMatch(/^Add I\/O wait: .*async def/);
  });

  it('an edit with typed args says why it was refused, for the field that typed it, and announces it with the action\'s label', () => {
    const { state, manager } = setup();
    expect(manager.edit('setStepDuration', { route: 0, path: [0], ms: -5 })).toBe('Step 1 of "r" keeps its 10 ms: a duration cannot be negative (got -5 ms).');
    expect(state.refused).toEqual(['Change duration: Step 1 of "r" keeps its 10 ms: a duration cannot be negative (got -5 ms).']);
    expect(state.commits).toBe(0);
    expect(manager.edit('setStepDuration', { route: 0, path: [0], ms: 30 })).toBeNull();
    expect(state.doc.routes[0]!.steps).toEqual([{ blocking_io: 30 }]);
    expect(manager.edit('noSuchEdit', {})).toBe('Unknown command "noSuchEdit".');
  });

  it('dispatches single-key shortcuts, but not while the user types in a field', () => {
    const { state, manager } = setup();
    let chef = 0;
    let undone = 0;
    manager.register({ kind: 'command', name: 'view.chef', label: 'Chef mode', shortcut: 'H', run: () => { chef++; } });
    manager.register({ kind: 'command', name: 'undo', label: 'Undo', shortcut: 'Mod+Z', run: () => { undone++; } });
    expect(manager.handleKey(key('b', { target: inEditor }))).toBe(true);
    expect(state.doc.routes[0]!.steps).toHaveLength(2);
    // A step's duration field sits inside the editor, where B is "Add blocking I/O": typing wins.
    const durationField = { tagName: 'INPUT', type: 'number', closest: (sel: string) => (sel.includes('editor') ? {} : null) };
    expect(manager.handleKey(key('b', { target: durationField }))).toBe(false);
    // A text field outside the editor, where H is "Chef mode"; and Ctrl+Z there is the field's own undo.
    const titleField = { tagName: 'INPUT', type: 'text', closest: () => null };
    expect(manager.handleKey(key('h', { target: titleField }))).toBe(false);
    expect(manager.handleKey(key('z', { ctrlKey: true, target: titleField }))).toBe(false);
    expect(state.doc.routes[0]!.steps).toHaveLength(2);
    expect([chef, undone]).toEqual([0, 0]);
    // The same keys off the fields do run.
    expect(manager.handleKey(key('h', { target: { tagName: 'DIV', closest: () => null } }))).toBe(true);
    expect(manager.handleKey(key('z', { ctrlKey: true }))).toBe(true);
    expect([chef, undone]).toEqual([1, 1]);
    // A field showing the document's own value (nothing typed since it took it): Ctrl+Z undoes the document, H is still typing.
    const committedField = { ...durationField, dataset: { undo: 'document' } };
    expect(manager.handleKey(key('z', { ctrlKey: true, target: committedField }))).toBe(true);
    expect(manager.handleKey(key('h', { target: committedField }))).toBe(false);
    expect([chef, undone]).toEqual([1, 2]);
  });

  it('hands a command what dispatch was given, and refuses one that throws with its label', () => {
    const { state, manager } = setup();
    const opened: unknown[] = [];
    manager.register({
      kind: 'command', name: 'openBuiltin', label: 'Open a built-in scenario',
      run: (id) => { if (id !== 'await-io') throw new Error(`there is no built-in scenario called "${String(id)}".`); opened.push(id); },
    });
    expect(manager.dispatch('openBuiltin', 'await-io')).toBe(true);
    expect(manager.dispatch('openBuiltin', 'nope')).toBe(false);
    expect(opened).toEqual(['await-io']);
    expect(state.refused).toEqual(['Open a built-in scenario: there is no built-in scenario called "nope".']);
  });

  it('runs commands, including their extra shortcuts, and passes explicit args to edits', () => {
    const { state, manager } = setup();
    let redone = 0;
    manager.register({ kind: 'command', name: 'redo', label: 'Redo', shortcut: 'Mod+Shift+Z', alsoShortcuts: ['Mod+Y'], run: () => { redone++; } });
    manager.handleKey(key('y', { ctrlKey: true }));
    expect(redone).toBe(1);
    manager.dispatch('setStepDuration', { route: 0, path: [0], ms: 250 });
    expect(state.doc.routes[0]!.steps[0]).toEqual({ blocking_io: 250 });
  });

  it('gives a letter to the editor\'s edit while the editor has focus, and to the view command elsewhere', () => {
    const { state, manager } = setup();
    let chef = 0;
    manager.register({ kind: 'command', name: 'view.chef', label: 'Chef mode', shortcut: 'C', run: () => { chef++; } });
    manager.handleKey(key('c', { target: inEditor }));
    expect(state.doc.routes[0]!.steps).toHaveLength(2);
    expect(chef).toBe(0);
    manager.handleKey(key('c', { target: { tagName: 'DIV', closest: () => null } }));
    expect(chef).toBe(1);
    expect(state.doc.routes[0]!.steps).toHaveLength(2);
  });

  it('leaves every key pressed inside a dialog to the dialog (the page behind it is inert)', () => {
    const { state, manager } = setup();
    let chef = 0;
    manager.register({ kind: 'command', name: 'view.chef', label: 'Chef mode', shortcut: 'C', run: () => { chef++; } });
    const inModal = { tagName: 'BUTTON', closest: (sel: string) => (sel === 'dialog' ? {} : null) };
    expect(manager.handleKey(key('c', { target: inModal }))).toBe(false);
    expect(manager.handleKey(key('Delete', { target: inModal }))).toBe(false);
    expect(chef).toBe(0);
    expect(state.doc.routes[0]!.steps).toHaveLength(1);
  });
  it('leaves every key pressed in an open menu to the menu (a letter picks an item there)', () => {
    const { state, manager } = setup();
    let chef = 0;
    manager.register({ kind: 'command', name: 'view.chef', label: 'Chef mode', shortcut: 'C', run: () => { chef++; } });
    const inMenu = { tagName: 'BUTTON', closest: (sel: string) => (sel === '[role="menu"]' ? {} : null) };
    expect(manager.handleKey(key('c', { target: inMenu }))).toBe(false);
    expect(manager.handleKey(key('Delete', { target: inMenu }))).toBe(false);
    expect(chef).toBe(0);
    expect(state.doc.routes[0]!.steps).toHaveLength(1);
  });
  it('leaves a disabled command\'s key to the page', () => {
    const { manager } = setup();
    let played = 0;
    manager.register({ kind: 'command', name: 'playback.toggle', label: 'Play', shortcut: 'Space', enabled: () => false, run: () => { played++; } });
    expect(manager.handleKey(key(' '))).toBe(false);
    expect(played).toBe(0);
  });

  it('refuses an edit the scenario validator rejects', () => {
    const { state, manager } = setup();
    const guarded = createActionManager({
      context: () => ({ doc: state.doc, selection: state.selection }),
      commitEdit() { state.commits++; },
      refuse(m) { state.refused.push(m); },
      validate: () => 'routes[0].steps: too many steps',
    });
    EDIT_ACTIONS.forEach((a) => guarded.register(a));
    expect(guarded.dispatch('addCpuBurst')).toBe(false);
    expect(state.commits).toBe(0);
    expect(state.refused[0]).toBe('Add CPU burst: routes[0].steps: too many steps');
    void manager;
  });

  it('reports an unknown menu command instead of failing silently', () => {
    const { state, manager } = setup();
    expect(manager.dispatch('nope')).toBe(false);
    expect(state.refused[0]).toMatch(/Unknown command/);
  });
});
