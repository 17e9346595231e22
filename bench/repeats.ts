/**
 * REPEATS, the runs a bench takes of each figure: a whole number, at least 1. Anything else
 * stops the bench with a message naming the variable: Number("five") is NaN, and a NaN count
 * ran no case at all, then failed reading a result that was never made.
 */
export function repeatsFromEnv(fallback: number): number {
  const raw = process.env.REPEATS;
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`REPEATS must be a whole number of runs, at least 1 (it is "${raw}")`);
    process.exit(2);
  }
  return n;
}
