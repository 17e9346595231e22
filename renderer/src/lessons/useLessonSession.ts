/**
 * The open lesson and the learner's progress. Opening a lesson loads its first scenario into
 * the document (undoable, like opening a file) and puts its second scenario in the lower
 * chart, which stays veiled until the learner has committed to an answer and revealed it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { lessonById, type Lesson } from '../../../shared/lessons/index';
import type { Scenario } from '../../../shared/scenario/types';
import type { ChartView } from '../../../shared/chart/layout';
import { browserStore } from '../persist/localStore';
import { loadProgress, saveProgress, withAnswer, withCurrent, withDone, type LessonProgress } from '../persist/progress';

export type LessonSide = 'before' | 'after';

interface Deps {
  /** Put a scenario in the document (undoable) and announce it. */
  loadScenario: (scenario: Scenario, announcement: string) => void;
  /** Show `scenario` in the lower chart under `name`; null: back to the usual flipped variant. */
  showVariant: (v: { scenario: Scenario; name: string } | null) => void;
  /** Switch the charts to the view that shows the lesson's point (the learner may switch back). */
  showView: (view: ChartView) => void;
}

export function useLessonSession({ loadScenario, showVariant, showView }: Deps) {
  const [progress, setProgress] = useState<LessonProgress>(() => loadProgress(browserStore()));
  const [lessonId, setLessonId] = useState<string | null>(null);
  const [editing, setEditing] = useState<LessonSide>('before');
  useEffect(() => { saveProgress(browserStore(), progress); }, [progress]);

  const lesson: Lesson | null = useMemo(() => (lessonId ? lessonById(lessonId) ?? null : null), [lessonId]);

  const showSide = useCallback((l: Lesson, side: LessonSide) => {
    const { before, after } = l.scenarios;
    const [mine, other] = side === 'before' ? [before, after ?? null] : [after ?? before, before];
    loadScenario(mine, `Lesson scenario “${mine.name}” loaded. Ctrl+Z brings back your previous one.`);
    showVariant(other ? { scenario: other, name: other.name } : null);
    setEditing(side);
  }, [loadScenario, showVariant]);

  const open = useCallback((id: string) => {
    const next = lessonById(id);
    if (!next) return;
    // Leaving a lesson without a question (a pitfall, a guide) counts as having read it.
    setProgress((p) => withCurrent(lessonId && !lessonById(lessonId)?.question ? withDone(p, lessonId) : p, id));
    setLessonId(id);
    showSide(next, 'before');
    showView(next.view);
  }, [lessonId, showSide, showView]);

  const close = useCallback(() => {
    setLessonId(null);
    setProgress((p) => withCurrent(p, null));
    showVariant(null);
  }, [showVariant]);

  /** Reopen the lesson of the last visit without reloading its scenario (the document was restored). */
  const lastOpen = progress.current;
  const resume = useCallback((): boolean => {
    const last = lastOpen ? lessonById(lastOpen) : undefined;
    if (!last) return false;
    setLessonId(last.id);
    showView(last.view);
    if (last.scenarios.after) showVariant({ scenario: last.scenarios.after, name: last.scenarios.after.name });
    return true;
  }, [lastOpen, showVariant, showView]);

  /**
   * Open a lesson as a share link left it, around the link's own document (not the lesson's
   * scenario: the sharer may have edited it): which side is in the editor, and whether the
   * answer was revealed. False for a lesson this version does not have.
   */
  const restore = useCallback((id: string, side: LessonSide, shownRevealed: boolean): boolean => {
    const l = lessonById(id);
    if (!l) return false;
    const { before, after } = l.scenarios;
    const other = side === 'before' ? after ?? null : before;
    setLessonId(id);
    setEditing(side);
    setProgress((p) => (shownRevealed ? withDone(withCurrent(p, id), id) : withCurrent(p, id)));
    showVariant(other ? { scenario: other, name: other.name } : null);
    return true;
  }, [showVariant]);

  const revealed = lesson ? !lesson.question || progress.done.includes(lesson.id) : false;

  return {
    lesson, progress, editing, revealed, open, close, resume, restore,
    lockIn: (choice: number) => { if (lesson) setProgress((p) => withAnswer(p, lesson.id, choice)); },
    reveal: () => { if (lesson) setProgress((p) => withDone(p, lesson.id)); },
    edit: (side: LessonSide) => { if (lesson) showSide(lesson, side); },
  };
}

export type LessonSession = ReturnType<typeof useLessonSession>;
