/**
 * Measured scenarios the engine does not yet reproduce within max(15 ms, 15 %), and why. Each
 * stays an expected failure in fidelity.test.ts (its figures in the test's name) until the
 * engine agrees; `maxOutside` is how many of its requests may disagree before that counts as a
 * regression. docs/model.md#not-reproduced explains them to users.
 */
export interface KnownGap {
  readonly why: string;
  readonly maxOutside: number;
}

const CONVOY =
  'beside CPU-bound threads the real loop gets the GIL at moments that vary from run to run ' +
  '(the first ping took 41 to 409 ms over nine runs); the engine models the typical convoy, not every median';

export const KNOWN_GAPS: Readonly<Record<string, KnownGap>> = {
  k2_gil_two_threads: { why: CONVOY, maxOutside: 3 },
  k_gil_convoy: { why: CONVOY, maxOutside: 3 },
};
