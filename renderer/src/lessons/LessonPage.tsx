/**
 * One lesson beside its live charts: the question first (when it has one), then the
 * explanation, the takeaway and the kitchen retelling. Either chart's scenario can be
 * loaded into the editor; loading is an undoable edit like opening a file.
 */
import { useEffect, useRef } from 'react';
import type { Lesson } from '../../../shared/lessons/index';
import { Markup } from './Markup';
import { QuestionCard } from './QuestionCard';
import { revealScrollTop } from './revealScroll';
import { CodePair } from './CodePair';
import { ChefIcon } from '../chef/ChefKey';
import { lessonPosition, previousLesson } from './lessonGroups';
import { nextLesson } from '../../../shared/lessons/index';
import type { LessonSession } from './useLessonSession';

interface Props {
  lesson: Lesson;
  session: LessonSession;
  chef: boolean;
  /** Open the editor on the scenario just loaded. */
  onEdit: () => void;
  /** The share dialog: this lesson's short links and its QR code. */
  onLinks?: () => void;
}

export function LessonPage({ lesson, session, chef, onEdit, onLinks }: Props) {
  const { claims, scenarios } = lesson;
  const top = useRef<HTMLElement>(null);
  // A new lesson starts at its top, wherever the list or the last lesson was scrolled to. Its
  // panel scrolls, not the page: scrollIntoView also scrolled a page taller than the window
  // (1024×640), and the toolbar's first row slid out of sight.
  useEffect(() => { top.current?.parentElement?.scrollTo({ top: 0 }); }, [lesson.id]);
  const locked = session.progress.answers[lesson.id];
  const revealed = session.revealed;
  // Just revealed: bring the verdict and the takeaway into view (revealScroll.ts), in the panel.
  const shown = useRef({ id: lesson.id, revealed });
  useEffect(() => {
    const before = shown.current;
    shown.current = { id: lesson.id, revealed };
    const page = top.current;
    const panel = page?.parentElement;
    const verdict = page?.querySelector('.reveal');
    const takeaway = page?.querySelector('.takeaway');
    if (before.id !== lesson.id || before.revealed || !revealed || !panel || !verdict || !takeaway) return;
    const origin = panel.getBoundingClientRect().top - panel.scrollTop;
    // The panel's foot (the charts' key, and the metrics on a short window or presenting) stays
    // in view over the panel's last lines: the takeaway must end above all of it, not only the key.
    const foot = panel.querySelector<HTMLElement>('.lesson-foot')?.offsetHeight ?? 0;
    const to = revealScrollTop({ scrollTop: panel.scrollTop, viewHeight: panel.clientHeight - foot,
      verdictTop: verdict.getBoundingClientRect().top - origin, takeawayBottom: takeaway.getBoundingClientRect().bottom - origin });
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    panel.scrollTo({ top: to, behavior: still ? 'auto' : 'smooth' });
  }, [lesson.id, revealed]);
  const { index, total } = lessonPosition(lesson.id);
  const prev = previousLesson(lesson.id);
  const next = nextLesson(lesson.id);
  // Before the reveal only the opening paragraph shows: the rest explains the answer.
  const body = lesson.question && !revealed ? lesson.body.slice(0, 1) : lesson.body;

  return (
    <article ref={top} className="lesson-page" aria-labelledby="lesson-title">
      <nav className="lesson-nav" aria-label="Lesson">
        <button type="button" onClick={session.close}>‹ All lessons</button>
        <span className="hint">Lesson {index} of {total}</span>
        {onLinks && <button type="button" onClick={onLinks}>Links for this lesson</button>}
      </nav>
      <h2 id="lesson-title">{lesson.title}</h2>
      {body.map((p, i) => <p key={i}><Markup text={p} claims={claims} /></p>)}
      {/* Keyed by lesson: the next lesson starts with nothing picked, whatever was picked here. */}
      {lesson.question && (
        <QuestionCard key={lesson.id} lesson={{ ...lesson, question: lesson.question }} locked={locked} revealed={revealed}
          onLockIn={(c) => session.lockIn(c)} onReveal={session.reveal} />
      )}
      {lesson.code && scenarios.after && <CodePair code={lesson.code} wrongLabel={scenarios.before.name} fixedLabel={scenarios.after.name} />}
      {revealed && (
        <>
          <p className="takeaway"><strong>Takeaway.</strong> <Markup text={lesson.takeaway} claims={claims} /></p>
          {lesson.chef && (
            <p className={chef ? 'chef-line is-chef' : 'chef-line'}><ChefIcon name="chef" /><span><strong>In the kitchen.</strong> <Markup text={lesson.chef} claims={claims} /></span></p>
          )}
        </>
      )}
      <p className="hint">Change the scenario and watch both charts: loading one is undoable (Ctrl+Z).</p>
      <div className="lesson-edit" role="group" aria-label="Edit a chart's scenario">
        <button type="button" onClick={() => { session.edit('before'); onEdit(); }}>Edit “{scenarios.before.name}”</button>
        {scenarios.after && (revealed || session.editing === 'after') && (
          <button type="button" onClick={() => { session.edit('after'); onEdit(); }}>Edit “{scenarios.after.name}”</button>
        )}
      </div>
      <nav className="lesson-steps" aria-label="Previous and next lesson">
        <button type="button" disabled={!prev} onClick={() => prev && session.open(prev.id)}>‹ Previous lesson</button>
        <button type="button" className="primary" disabled={!next} onClick={() => next && session.open(next.id)}>Next lesson ›</button>
      </nav>
    </article>
  );
}
