/**
 * The action registry's vocabulary (after Excalidraw's): an action has a name (what the
 * Electron menu sends), a label (what buttons say), maybe a shortcut, and either a pure
 * `perform` over the document (an edit, which goes into undo history) or a `run` (a
 * command: undo, open, save, zoom — things that are not edits of the scenario).
 */
import type { Scenario } from '../../../shared/scenario/types';
import type { EditResult } from '../document/editResult';
import type { StepPath } from '../document/stepPaths';

/** What the user has selected: UI state, never in history. */
export interface Selection {
  route: number;
  step: StepPath | null;
}

export interface ActionContext {
  doc: Scenario;
  selection: Selection;
}

export interface EditAction<A = unknown> {
  kind: 'edit';
  name: string;
  label: string;
  shortcut?: string;
  perform: (doc: Scenario, args: A) => EditResult;
  /** Arguments from the selection, for buttons, shortcuts and menu commands; a string says why not. */
  argsFrom: (ctx: ActionContext) => A | string;
  /** Where the selection should go after the edit (e.g. onto the step just added). */
  selectAfter?: (ctx: ActionContext, args: A, next: Scenario) => Selection;
}

export interface CommandAction {
  kind: 'command';
  name: string;
  label: string;
  shortcut?: string;
  /** Extra shortcuts for the same command (Ctrl+Y for redo). */
  alsoShortcuts?: string[];
  /** When false the shortcut is left to the page (e.g. Space plays only while presenting). */
  enabled?: () => boolean;
  /** `args`: what dispatch was given (a built-in scenario's id); a throw or a rejection is refused with the label. */
  run: (args?: unknown) => void | Promise<void>;
}

export type Action = EditAction | CommandAction;

/**
 * An edit action as the registry holds it, its argument type forgotten: the manager hands
 * `perform` what the action's own `argsFrom` made, or the arguments a caller sends by name (a
 * typed duration, a chart drag), which it cannot check. Typed where it is written, erased once here.
 */
export function defineEdit<A>(action: EditAction<A>): EditAction {
  return action as unknown as EditAction;
}
