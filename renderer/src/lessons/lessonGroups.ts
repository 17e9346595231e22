/** The lesson list's sections, in teaching order. */
import { LESSONS, type Lesson, type LessonKind } from '../../../shared/lessons/index';

export const GROUP_TITLES: Record<LessonKind, string> = {
  step: 'Six steps, from basics to production',
  myth: 'Four myths',
  pitfall: 'Three pitfalls',
  guide: 'Guides',
};

export function lessonGroups(): { kind: LessonKind; title: string; lessons: Lesson[] }[] {
  const kinds: LessonKind[] = ['step', 'myth', 'pitfall', 'guide'];
  return kinds.map((kind) => ({ kind, title: GROUP_TITLES[kind], lessons: LESSONS.filter((l) => l.kind === kind) }));
}

/** The lesson before `id` in teaching order (shared/lessons has nextLesson only). */
export function previousLesson(id: string): Lesson | undefined {
  const i = LESSONS.findIndex((l) => l.id === id);
  return i > 0 ? LESSONS[i - 1] : undefined;
}

export function lessonPosition(id: string): { index: number; total: number } {
  return { index: LESSONS.findIndex((l) => l.id === id) + 1, total: LESSONS.length };
}
