/**
 * The open document: undo history of {scenario, path} plus what was last saved. Loading a
 * file or a built-in scenario is itself an undoable step, so nothing is ever lost by
 * opening something else. Pure: the React hook only stores this.
 */
import type { Scenario } from '../../../shared/scenario/types';
import { commit, createHistory, redo, undo, type History } from '../document/history';
import { withEditedDescription } from '../document/editedDescription';

export interface Doc {
  scenario: Scenario;
  /** Where it was opened from / saved to; null for a built-in or a new scenario. */
  path: string | null;
}

export interface DocState {
  history: History<Doc>;
  /** The scenario as last opened or saved (by reference): dirty means present differs. */
  saved: Scenario | null;
}

export function initialDocState(scenario: Scenario): DocState {
  return { history: createHistory({ scenario, path: null }), saved: scenario };
}

export const isDirty = (s: DocState): boolean => s.history.present.scenario !== s.saved;

/** An edit of the present document (its description then says it was edited: editedDescription.ts). */
export function applyEdit(s: DocState, scenario: Scenario): DocState {
  const present = s.history.present;
  if (scenario === present.scenario) return s;
  return { ...s, history: commit(s.history, { scenario: withEditedDescription(present.scenario, scenario), path: present.path }) };
}

/** A whole new document (opened file, built-in), clean, but the previous one stays in undo. */
export function loadDocument(s: DocState, scenario: Scenario, path: string | null, recovered = false): DocState {
  // A document restored from recovery holds unsaved work: it must stay dirty.
  return { history: commit(s.history, { scenario, path }), saved: recovered ? null : scenario };
}

/** After a save: same document, now clean, at the path the host wrote it to. */
export function markSaved(s: DocState, scenario: Scenario, path: string | null): DocState {
  const present = s.history.present;
  // Edited while the save was in flight: still unsaved, but now it belongs to the file just
  // chosen (a Save As), so the next Ctrl+S writes there and not to the old file.
  if (present.scenario !== scenario) return { history: { ...s.history, present: { ...present, path: path ?? present.path } }, saved: scenario };
  return { history: { ...s.history, present: { scenario, path } }, saved: scenario };
}

export const undoDoc = (s: DocState): DocState => ({ ...s, history: undo(s.history) });
export const redoDoc = (s: DocState): DocState => ({ ...s, history: redo(s.history) });

/** The last part of a path, Windows or POSIX: what the title bar and messages show. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop()!;
}

/** A file name for downloads and the save dialog, from the path or the scenario's name. */
export function suggestedFileName(doc: Doc): string {
  if (doc.path) return fileName(doc.path);
  const slug = doc.scenario.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug || 'scenario'}.json`;
}
