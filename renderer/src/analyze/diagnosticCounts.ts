/**
 * The Python panel's head line: how many errors, warnings and notes the file gave. An error
 * (a syntax slip: lines LoopLab could not read) is not a warning about a call, so it is counted
 * apart. Errors and notes are named only when there are some: the head shares its line with the
 * file name and two buttons, and at 1280 px "1 error · 1 warning · 0 notes" pushed the close
 * button onto a line of its own.
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
  return [errors > 0 && count(errors, 'error'), count(warnings, 'warning'), notes > 0 && count(notes, 'note')].filter(Boolean).join(' · ');
}
