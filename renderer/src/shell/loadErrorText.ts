/**
 * A loader error as the app lists it: where (said once) and what. The loader's syntax errors
 * carry their place twice, as line/column fields for an editor and as the message's own
 * "line 2, column 17: " for the command line; the list said "(whole file) (line 2, column 17)
 * line 2, column 17: …".
 */
import type { ScenarioError } from '../../../shared/scenario/errors';

export interface LoadErrorText {
  /** The JSON path, or the line and column; null when the problem is the file as a whole. */
  where: string | null;
  what: string;
}

export function loadErrorText(e: ScenarioError): LoadErrorText {
  const at = e.line ? `line ${e.line}, column ${e.column ?? 1}` : null;
  const what = at && e.message.startsWith(`${at}: `) ? e.message.slice(at.length + 2) : e.message;
  const where = e.path ? (at ? `${e.path} (${at})` : e.path) : at;
  return { where, what };
}
