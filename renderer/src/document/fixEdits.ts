/** Choosing a fix for a step read from Python: an edit of the document's `fixes`, undoable like any other. */
import type { FixKind, Scenario } from '../../../shared/scenario/types';
import { hasStepAt } from '../../../shared/analyze/applyFixes';
import { refuse, type EditResult } from './editResult';

export interface FixArgs { line: number; column: number; fix: FixKind }

/** The step at (line, column) gets `fix` (replacing any other fix it had). */
export function addFix(doc: Scenario, a: FixArgs): EditResult {
  if (!hasStepAt(doc, a.line, a.column)) return refuse(`No step comes from line ${a.line}, column ${a.column} any more (the scenario was edited); analyse the code again.`);
  const others = (doc.fixes ?? []).filter((f) => f.line !== a.line || f.column !== a.column);
  if (others.length !== (doc.fixes ?? []).length && doc.fixes!.some((f) => f.line === a.line && f.column === a.column && f.fix === a.fix)) {
    return refuse('That fix is already applied (Ctrl+Z takes it back).');
  }
  return { ...doc, fixes: [...others, { line: a.line, column: a.column, fix: a.fix }] };
}
