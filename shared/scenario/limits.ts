/**
 * Documented limits of the scenario loader. A file beyond any of them is rejected with a
 * message naming the limit, so hostile or accidental input (a 10 MB paste, 10^9 requests,
 * nesting ten thousand deep) gets a clear error instead of a hang, a crash or a stack trace.
 * Every value here is what the engine is known to handle quickly on a laptop.
 */
export const LIMITS = {
  /** Characters of scenario text (checked before anything is parsed). */
  maxTextChars: 5 * 1024 * 1024,
  /** Brackets open at once anywhere in the JSON (checked on the text before JSON.parse). */
  maxJsonDepth: 64,
  /** gather inside gather inside …: at most this many levels. */
  maxGatherDepth: 8,
  /** Requests in total: sum of every train's `count` and every closed loop's `users × each`. */
  maxRequests: 1_000_000,
  /** Any single time (a step, `at`, `every`, `think`), in ms: one hour. */
  maxTimeMs: 3_600_000,
  /** Routes in one scenario. */
  maxRoutes: 200,
  /** Steps in one route, counting those inside to_thread, to_process and gather. */
  maxStepsPerRoute: 1_000,
  /** Entries in the `requests` list (each entry may itself be a train of many requests). */
  maxArrivalEntries: 10_000,
  /** Characters in a scenario name, a route name, a label, a description. */
  maxNameChars: 200,
  maxLabelChars: 200,
  maxDescriptionChars: 2_000,
  /** Problems listed for one file; beyond this the rest are summarised in one line. */
  maxErrorsReported: 200,
  /** Server block ranges (inclusive). */
  cores: { min: 1, max: 256 },
  workers: { min: 1, max: 64 },
  threadpoolTokens: { min: 1, max: 10_000 },
  executorThreads: { min: 1, max: 1_000 },
  processPoolWorkers: { min: 1, max: 256 },
  switchIntervalMs: { min: 0.1, max: 1_000 },
  loopCpuPerRequestMs: { min: 0, max: 1_000 },
  /** Entries in `fixes` (one per step of an analysed file at most). */
  maxFixes: 1_000,
  /** A step's `line` and `column` in the Python file it was read from (analysed files are at most 1 MB). */
  sourcePosition: { min: 1, max: 10_000_000 },
} as const;

export interface Range {
  readonly min: number;
  readonly max: number;
}

/** 1000000 → "1,000,000" (fixed locale, so messages are the same everywhere). */
export function formatCount(n: number): string {
  return Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(n);
}
