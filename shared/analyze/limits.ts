/** Documented limits of the analyser (docs/analyze.md), apart so the page can check a file's size without loading the analyser. */
import { LIMITS } from '../scenario/limits';

export const ANALYZE_LIMITS = {
  /** Characters of Python read; a larger file is refused before parsing. */
  maxSourceChars: 1024 * 1024,
  /** Routes simulated: the scenario's own limit. Further routes are listed, not simulated. */
  maxRoutes: LIMITS.maxRoutes,
  /** Steps per route: the scenario's own limit. */
  maxStepsPerRoute: LIMITS.maxStepsPerRoute,
  /** Syntax errors listed, then one line saying how many more. */
  maxSyntaxErrors: 20,
} as const;
