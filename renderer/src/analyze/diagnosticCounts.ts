/**
 * The Python panel's head line: how many errors, warnings and notes the file gave. An error
 * (a syntax slip: lines LoopLab could not read) is not a warning about a call, so it is counted
 * apart, and only named when there is one.
 */
import type { Diagnostic } from '../../../shared/analyze/diagnostics';

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function diagnosticCounts(diagnostics: readonly Pick<Diagnostic, 'severity'>[]): string {
  let errors = 0, warnings = 0, notes = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else notes++;
  }
  const parts = [count(warnings, 'warning'), count(notes, 'note')];
  if (errors > 0) parts.unshift(count(errors, 'error'));
  return parts.join(' · ');
}
