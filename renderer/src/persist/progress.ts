/**
 * Lesson progress, kept between visits: which answer the learner locked in for each
 * question, which lessons they finished, and where they were. Pure; the store is passed in.
 */
import { isRecord, readJson, STORE_KEYS, writeJson, type KeyValueStore } from './localStore';

export interface LessonProgress {
  /** Lesson id → index of the choice the learner locked in. */
  answers: Record<string, number>;
  /** Lessons whose second chart has been revealed (or read to the end). */
  done: string[];
  /** The lesson open last time, to come back to. */
  current: string | null;
}

export const EMPTY_PROGRESS: LessonProgress = { answers: {}, done: [], current: null };

/** Keep what is well-formed, drop the rest: one bad entry must not lose every other answer. */
export function parseProgress(raw: unknown): LessonProgress {
  if (!isRecord(raw)) return EMPTY_PROGRESS;
  const answers: Record<string, number> = {};
  if (isRecord(raw.answers)) {
    for (const [id, choice] of Object.entries(raw.answers)) {
      if (typeof choice === 'number' && Number.isInteger(choice) && choice >= 0) answers[id] = choice;
    }
  }
  const done = Array.isArray(raw.done) ? [...new Set(raw.done.filter((d): d is string => typeof d === 'string'))] : [];
  const current = typeof raw.current === 'string' ? raw.current : null;
  return { answers, done, current };
}

export function loadProgress(store: KeyValueStore | null): LessonProgress {
  return readJson(store, STORE_KEYS.progress, parseProgress) ?? EMPTY_PROGRESS;
}

export function saveProgress(store: KeyValueStore | null, progress: LessonProgress): void {
  writeJson(store, STORE_KEYS.progress, progress);
}

export function withAnswer(p: LessonProgress, lessonId: string, choice: number): LessonProgress {
  return { ...p, answers: { ...p.answers, [lessonId]: choice } };
}

export function withDone(p: LessonProgress, lessonId: string): LessonProgress {
  return p.done.includes(lessonId) ? p : { ...p, done: [...p.done, lessonId] };
}

export function withCurrent(p: LessonProgress, lessonId: string | null): LessonProgress {
  return p.current === lessonId ? p : { ...p, current: lessonId };
}
