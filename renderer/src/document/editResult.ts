/** What every edit returns: the next document, or a refusal that leaves the document untouched. */
import type { Scenario } from '../../../shared/scenario/types';

/** An edit that would make the refused one possible (switch the route to async def). */
export interface EditFix {
  /** What the fix button says. */
  label: string;
  /** The registry action to run, with explicit args. */
  action: string;
  args: unknown;
}

export interface EditRefusal {
  error: string;
  fix?: EditFix;
}
export type EditResult = Scenario | EditRefusal;

export function isRefusal(result: EditResult): result is EditRefusal {
  return 'error' in result;
}

export const refuse = (error: string, fix?: EditFix): EditRefusal => (fix ? { error, fix } : { error });

/** An hour is far beyond any teaching scenario; larger numbers are almost always a typo. */
export const MAX_DURATION_MS = 3_600_000;

/** Null when `ms` is a usable duration, else the reason in words. */
export function durationProblem(ms: number): string | null {
  if (!Number.isFinite(ms)) return 'A duration must be a number of milliseconds.';
  if (ms < 0) return `A duration cannot be negative (got ${ms} ms).`;
  if (ms > MAX_DURATION_MS) return `A duration of ${ms} ms is over an hour; use at most ${MAX_DURATION_MS} ms.`;
  return null;
}
