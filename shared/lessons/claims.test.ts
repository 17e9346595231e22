/**
 * Every number a lesson states, and every behaviour it asserts, recomputed from the engine.
 * Tests are generated from the data and named after what the lesson says, so a failing test
 * reads as "step 3: a quick lookup waits at least five times longer behind async computing".
 */
import { describe, expect, it } from 'vitest';
import { LESSONS } from './index';
import { evaluateClaim, factHolds, simulatePair, type TimelinePair } from './measure';
import { formatValue } from './markup';

const pairs = new Map<string, TimelinePair>();
const pairOf = (id: string): TimelinePair => {
  let pair = pairs.get(id);
  if (!pair) {
    pair = simulatePair(LESSONS.find((l) => l.id === id)!);
    pairs.set(id, pair);
  }
  return pair;
};

for (const lesson of LESSONS) {
  describe(lesson.title, () => {
    for (const claim of lesson.claims) {
      it(`says ${claim.id} is ${formatValue(claim.value, claim.unit)}, and the engine agrees`, () => {
        expect(evaluateClaim(claim, pairOf(lesson.id), lesson.claims)).toBe(claim.value);
      });
    }
    for (const f of lesson.facts) {
      it(f.says, () => {
        expect(factHolds(f, lesson.claims), `${f.left} ${f.op} ${f.right}`).toBe(true);
      });
    }
    const q = lesson.question;
    if (q) {
      it(`the reveal is true: "${q.choices[q.answer] ?? '?'}"`, () => {
        expect(q.proof.length).toBeGreaterThan(0);
        for (const f of q.proof) expect(factHolds(f, lesson.claims), f.says).toBe(true);
      });
    }
  });
}
