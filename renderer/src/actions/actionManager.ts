/**
 * The one dispatcher: toolbar buttons, keyboard shortcuts and Electron menu commands all
 * end here, so an action behaves the same whichever way it was asked for.
 */
import type { Scenario } from '../../../shared/scenario/types';
import { isRefusal, type EditFix } from '../document/editResult';
import { isPlainKey, matchesShortcut, type KeyLike } from './shortcuts';
import type { Action, ActionContext, EditAction, Selection } from './types';

export interface ActionHost {
  context: () => ActionContext;
  /** Record an accepted edit (history, re-simulate, redraw). */
  commitEdit: (next: Scenario, action: EditAction, selection: Selection | null) => void;
  /** Tell the user why nothing happened (an aria-live region). */
  refuse: (message: string) => void;
  /** The loader's check as a last net: null when `doc` is a valid scenario, else why not. */
  validate?: (doc: Scenario) => string | null;
}

export interface ActionManager {
  register: (action: Action) => () => void;
  get: (name: string) => Action | undefined;
  all: () => Action[];
  /** Run an action by name; explicit args skip the selection (e.g. a typed duration). */
  dispatch: (name: string, args?: unknown) => boolean;
  /**
   * Run an edit with explicit args, as dispatch does (a refusal is announced too); returns why it
   * was refused, in a sentence without the action's name, or null when it was applied: a field
   * says it beside itself, where the value was typed.
   */
  edit: (name: string, args: unknown) => string | null;
  /** Returns true when a shortcut matched, so the caller can preventDefault. */
  handleKey: (event: KeyLike & { target?: unknown }) => boolean;
  /**
   * Why `name` would be refused if run now from the selection (and, when an edit would make it
   * possible, that fix), or null when it would run: buttons show themselves disabled with the
   * reason before the click instead of being offered and then refused.
   */
  blocked: (name: string) => Blocked | null;
}

export interface Blocked {
  reason: string;
  fix?: EditFix;
}

/** Typing in a field must not trigger single-key shortcuts. */
function isTextEntry(target: unknown): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean; type?: string } | null;
  if (!el?.tagName) return false;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  return el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'range'].includes(el.type ?? '');
}

/**
 * A field showing the document's own value (`data-undo="document"`): its undo keys undo the
 * document. The browser's undo there only brought back the text typed before the last commit,
 * a value the chart and the document no longer had.
 */
function undoesDocument(target: unknown): boolean {
  return (target as { dataset?: { undo?: string } } | null)?.dataset?.undo === 'document';
}

/**
 * Where a key was pressed: inside an element marked `data-shortcut-scope="editor"` (the step
 * editor), or anywhere else. Edits act on the selected step, so their single keys belong to
 * the editor; elsewhere the same letters are view commands (C is "Add CPU burst" in the
 * editor and "Chef mode" on the charts).
 */
export function shortcutScope(target: unknown): 'editor' | 'global' {
  const el = target as { closest?: (selector: string) => unknown } | null;
  return el?.closest?.('[data-shortcut-scope="editor"]') ? 'editor' : 'global';
}

/**
 * A key pressed inside a dialog belongs to the dialog: the page behind is inert, so are its
 * shortcuts. Likewise in an open menu, where a letter moves to the item it starts (MenuButton).
 */
function inDialog(target: unknown): boolean {
  const el = target as { closest?: (selector: string) => unknown } | null;
  return Boolean(el?.closest?.('dialog') ?? el?.closest?.('[role="menu"]'));
}

/** The scope an action's shortcut works in. */
export function actionScope(action: Action): 'editor' | 'global' {
  return action.kind === 'edit' ? 'editor' : 'global';
}

/** "select a step first." → "Select a step first." */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function createActionManager(host: ActionHost): ActionManager {
  const actions = new Map<string, Action>();

  /** Null when the edit was applied, else why not (already announced). */
  function runEdit(action: EditAction, explicitArgs: unknown): string | null {
    const ctx = host.context();
    const args = explicitArgs === undefined ? action.argsFrom(ctx) : explicitArgs;
    const refused = (reason: string) => { host.refuse(`${action.label}: ${reason}`); return sentence(reason); };
    if (typeof args === 'string') return refused(args);
    let result;
    try {
      result = action.perform(ctx.doc, args);
    } catch (err) {
      // A bug in an edit must never corrupt the document: refuse and keep what we had.
      result = { error: `unexpected problem (${err instanceof Error ? err.message : String(err)})` };
    }
    if (isRefusal(result)) return refused(result.error);
    const invalid = result === ctx.doc ? null : host.validate?.(result);
    if (invalid) return refused(invalid);
    host.commitEdit(result, action, action.selectAfter?.(ctx, args, result) ?? null);
    return null;
  }

  const manager: ActionManager = {
    register(action) {
      actions.set(action.name, action);
      return () => { if (actions.get(action.name) === action) actions.delete(action.name); };
    },
    get: (name) => actions.get(name),
    all: () => [...actions.values()],
    dispatch(name, args) {
      const action = actions.get(name);
      if (!action) { host.refuse(`Unknown command "${name}".`); return false; }
      if (action.kind === 'edit') return runEdit(action, args) === null;
      const refuse = (err: unknown) => host.refuse(`${action.label}: ${err instanceof Error ? err.message : String(err)}`);
      try {
        const running = action.run(args);
        if (running) running.catch(refuse);
      } catch (err) {
        refuse(err);
        return false;
      }
      return true;
    },
    edit(name, args) {
      const action = actions.get(name);
      if (action?.kind === 'edit') return runEdit(action, args);
      // Not an edit (a command, or no such action): dispatch runs it, or says why not.
      return manager.dispatch(name, args) ? null : action ? `${action.label} did not run.` : `Unknown command "${name}".`;
    },
    blocked(name) {
      const action = actions.get(name);
      if (!action) return { reason: `Unknown command "${name}".` };
      if (action.kind === 'command') return action.enabled && !action.enabled() ? { reason: `${action.label} is not available now.` } : null;
      const ctx = host.context();
      const args = action.argsFrom(ctx);
      if (typeof args === 'string') return { reason: sentence(args) };
      try {
        const result = action.perform(ctx.doc, args);
        return isRefusal(result) ? { reason: sentence(result.error), ...(result.fix ? { fix: result.fix } : {}) } : null;
      } catch {
        return null; // a bug in an edit is reported when it runs (runEdit), not guessed at here
      }
    },
    handleKey(event) {
      if (inDialog(event.target)) return false;
      const typing = isTextEntry(event.target);
      const scope = shortcutScope(event.target);
      // In the editor its own keys win; a global command still runs when no edit claims the key.
      const ordered = [...actions.values()].sort((a, b) => Number(actionScope(b) === scope) - Number(actionScope(a) === scope));
      for (const action of ordered) {
        if (actionScope(action) === 'editor' && scope !== 'editor') continue;
        if (action.kind === 'command' && action.enabled && !action.enabled()) continue;
        const keys = [action.shortcut, ...(action.kind === 'command' ? action.alsoShortcuts ?? [] : [])];
        for (const key of keys) {
          if (!key || !matchesShortcut(event, key)) continue;
          // Let the field have its own undo, unless it holds nothing typed since the document took its value (NumberField).
          if (typing && (isPlainKey(key) || (/^Mod\+(Z|Y|Shift\+Z)$/i.test(key) && !undoesDocument(event.target)))) return false;
          manager.dispatch(action.name);
          return true;
        }
      }
      return false;
    },
  };
  return manager;
}
