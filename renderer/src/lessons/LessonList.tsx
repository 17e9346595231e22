/** Every lesson by section, with a tick for the finished ones; picking one opens it beside its charts. */
import type { LessonProgress } from '../persist/progress';
import { lessonGroups } from './lessonGroups';
import { Markup } from './Markup';
import { ModelNotes } from '../components/ModelNotes';

export function LessonList({ progress, onOpen }: { progress: LessonProgress; onOpen: (id: string) => void }) {
  return (
    <div className="lesson-list">
      <h2 id="lessons-title">Lessons</h2>
      <p className="hint">Each lesson shows a timeline, asks you to predict the next one, then reveals it. Your answers stay on this computer.</p>
      {lessonGroups().map((group) => (
        <section key={group.kind} aria-labelledby={`lessons-${group.kind}`}>
          <h3 id={`lessons-${group.kind}`}>{group.title}</h3>
          <ol>
            {group.lessons.map((lesson) => {
              const done = progress.done.includes(lesson.id);
              return (
                <li key={lesson.id} className="lesson-card">
                  {/* The name is the title alone (a name must hold the visible text it labels); the
                      summary describes it, and the whole card takes the click (teaching.css). */}
                  <button type="button" className="lesson-link" onClick={() => onOpen(lesson.id)} aria-describedby={`lesson-${lesson.id}-summary`}>
                    {done && <span className="done-mark" aria-hidden="true">✓ </span>}{lesson.title}{done && <span className="visually-hidden"> (done)</span>}
                  </button>
                  <p id={`lesson-${lesson.id}-summary`} className="lesson-link-summary"><Markup text={lesson.summary} claims={lesson.claims} /></p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      <ModelNotes />
    </div>
  );
}
