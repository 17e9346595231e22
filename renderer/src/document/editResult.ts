/** What every edit returns: the next document, or a refusal that leaves the document untouched. */
import type { Scenario } from '../../../shared/scenario/types';

export interface EditRefusal { error: string }
export type EditResult = Scenario | EditRefusal;

export function isRefusal(result: EditResult): result is EditRefusal {
  return 'error' in result;
}

export const refuse = (error: string): EditRefusal => ({ error });

/** An hour is far beyond any teaching scenario; larger numbers are almost always a typo. */
export const MAX_DURATION_MS = 3_600_000;

/** Null when `ms` is a usable duration, else the reason in words. */
export function durationProblem(ms: number): string | null {
  if (!Number.isFinite(ms)) return 'A duration must be a number of milliseconds.';
  if (ms < 0) return `A duration cannot be negative (got ${ms} ms).`;
  if (ms > MAX_DURATION_MS) return `A duration of ${ms} ms is over an hour; use at most ${MAX_DURATION_MS} ms.`;
  return null;
}
