/**
 * Documented limits of a run file (RUN.json) and of an OpenTelemetry import. A file beyond any
 * of them is refused with a message naming the limit (docs/measuring.md#runjson lists them).
 */
export const RUN_LIMITS = {
  /** Characters of RUN.json text, checked before parsing: 10,000 requests × 100 runs fit. */
  maxTextChars: 16 * 1024 * 1024,
  /** Requests in one run file (and in one measurement: a real server is driven by one client). */
  maxRequests: 10_000,
  /** Timed runs per request. */
  maxRepeats: 100,
  /** OTLP JSON Lines text, checked before parsing. */
  maxOtlpChars: 64 * 1024 * 1024,
  /** Lines of an OTLP JSON Lines file. */
  maxOtlpLines: 100_000,
} as const;

/** What `measure` accepts: a run of the scenario must be something a client can replay. */
export const MEASURE_LIMITS = {
  maxRequests: 2_000,
  /** Simulated makespan of one run, ms: five repeats and a warm-up stay within minutes. */
  maxMakespanMs: 60_000,
  defaultRepeats: 5,
} as const;

/** The agreement band of a measured request: max(15 ms, 15 % of the measured latency). */
export function toleranceMs(measuredMs: number): number {
  return Math.max(15, 0.15 * measuredMs);
}
