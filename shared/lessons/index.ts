/**
 * The lessons in teaching order: the six steps first (each builds on the previous one), then
 * the myths, the pitfalls and the guides. A UI walks this list; `lessonById` serves deep links
 * and saved progress.
 */
import type { Lesson, LessonKind } from './types';
import { syncBasics, asyncBasics, whenAsyncHelps } from './stepsBasics';
import { mixingSafely, internals, production } from './stepsDeeper';
import { mythAlwaysFaster, mythSyncIsFine, mythEverythingAsync, mythAllCores } from './myths';
import { blockingDb, poolSaturation, cpuInAsync } from './pitfalls';
import { whenNotAsync, productionPatterns, keyTakeaways } from './guides';
import { gilConvoy } from './gilConvoy';

// What a UI needs, from one import: the data types, the markup parser, and the claim checker.
export type { Lesson, LessonKind, Question, Claim, Fact, ScenarioPair, CodePair } from './types';
export { parseInline, plainText, formatValue, type Span } from './markup';
export { simulatePair, evaluateClaim, factHolds } from './measure';

export const LESSONS: readonly Lesson[] = [
  syncBasics,
  asyncBasics,
  whenAsyncHelps,
  mixingSafely,
  internals,
  production,
  mythAlwaysFaster,
  mythSyncIsFine,
  mythEverythingAsync,
  mythAllCores,
  blockingDb,
  poolSaturation,
  cpuInAsync,
  whenNotAsync,
  gilConvoy,
  productionPatterns,
  keyTakeaways,
];

const BY_ID = new Map(LESSONS.map((l) => [l.id, l]));

export function lessonById(id: string): Lesson | undefined {
  return BY_ID.get(id);
}

export function lessonsOfKind(kind: LessonKind): Lesson[] {
  return LESSONS.filter((l) => l.kind === kind);
}

/** The lesson after `id` in teaching order, for a "Next" button; undefined at the end. */
export function nextLesson(id: string): Lesson | undefined {
  const i = LESSONS.findIndex((l) => l.id === id);
  return i >= 0 ? LESSONS[i + 1] : undefined;
}
