/**
 * One time axis for both charts, or one each. A shared axis lets the eye compare the two
 * directly, until one run is much shorter than the other: thread-pool exhaustion's def
 * chart (1,000 ms) beside its async variant (30,000 ms) was a sliver in which "20 wait and
 * finish at 1 s" could not be seen. Below a tenth, each chart gets its own axis, said so on
 * both charts; the learner can always choose.
 */

/** Said on each chart's axis (and in its accessible name) while the axes are separate: in the app and in an export. */
export const OWN_AXIS_NOTE = 'Own time axis';

/** A chart shorter than this share of the other's span gets its own axis by default. */
export const OWN_AXES_BELOW = 0.1;

/** The learner's choice; 'auto' follows the spans. */
export type AxesChoice = 'auto' | 'shared' | 'own';

/**
 * Whether the two charts (spans in ms) get a time axis each.
 * @example
 *   chartsOwnAxes('auto', [1_000, 30_000]); // true: 3 % of the other
 *   chartsOwnAxes('auto', [200, 1_000]);    // false
 *   chartsOwnAxes('shared', [1_000, 30_000]); // false: the learner's choice wins
 */
export function chartsOwnAxes(choice: AxesChoice, spans: readonly [number, number]): boolean {
  if (choice !== 'auto') return choice === 'own';
  const [a, b] = spans;
  if (!(a > 0 && b > 0)) return false;
  return Math.min(a, b) / Math.max(a, b) < OWN_AXES_BELOW;
}
