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
  'beside CPU-bound threads the real loop gets the GIL at moments that vary widely from run to run ' +
  '(the first ping took 41 to 409 ms over nine runs; in one run every ping from 200 to 550 ms waited until 676 ms); ' +
  'the engine gives the loop the GIL after a fixed 25 ms wait, so its pings are too slow at first and its queue too regular; ' +
  'and nine runs are too few to pin these medians down (selfAgreement.ts: nine runs drawn again reproduce them on every request ' +
  'in 5 % and 14 % of draws), so seeded races compared median for median did no better; ' +
  'what is systematic is the first ping (slower than six or seven of the nine runs) and the last (slower than seven or eight)';

const DEF_CONVOY =
  'four def routes of CPU then I/O sent together: the first ends too soon. Timed hand-off by hand-off ' +
  '(fidelity/handoff_probe.py), the real loop dispatches requests that arrive together within one switch interval and ' +
  'the new threads join the turns one interval apart, so the first thread ends its CPU 14 ms before the last; the ' +
  'engine loses the GIL at each receive and lets its first thread compute alone, and its third and fourth threads wait ' +
  'behind the turns until 33 and 38 ms, so its first thread ends its CPU 47 ms before the last (replayed at the ' +
  'measured arrivals; fidelity/handoffs.ts prints both); the hand-off changes tried for this lose as many requests ' +
  'elsewhere (fidelity/README.md, "Engine variants tried")';

export const KNOWN_GAPS: Readonly<Record<string, KnownGap>> = {
  k2_gil_two_threads: { why: CONVOY, maxOutside: 5 },
  k_gil_convoy: { why: CONVOY, maxOutside: 3 },
  x_def_cpu_then_io: { why: DEF_CONVOY, maxOutside: 1 },
};
