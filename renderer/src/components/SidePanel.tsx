/**
 * The left column: the scenario editor, or the lessons (a list, or one lesson beside its
 * charts). While a lesson is open the editor says so and leads back to it.
 */
import type { ReactNode } from 'react';
import type { ActionManager } from '../actions/actionManager';
import type { DocumentController } from '../shell/useDocument';
import type { LessonSession } from '../lessons/useLessonSession';
import { Sidebar } from './Sidebar';
import { LessonList } from '../lessons/LessonList';
import { LessonPage } from '../lessons/LessonPage';

export type SideContent = 'editor' | 'lessons';

interface Props {
  content: SideContent;
  onShow: (content: SideContent) => void;
  doc: DocumentController;
  actions: ActionManager;
  lessons: LessonSession;
  chef: boolean;
  /**
   * Kept in view at the panel's foot beside a lesson: the charts' shared key (ChartKey), and
   * after the reveal on a short window the metrics; null: the metrics are under the charts and
   * each chart has its legend.
   */
  foot?: ReactNode;
  /** Kept in view at the panel's foot beside the editor when CSS shows it there (the kitchen key on a short window: teaching.css). */
  editorFoot?: ReactNode;
}

export function SidePanel({ content, onShow, doc, actions, lessons, chef, foot, editorFoot }: Props) {
  const { lesson } = lessons;
  if (content === 'lessons') {
    return (
      <aside id="side-panel" className="side-panel lessons-panel" aria-label="Lessons">
        {lesson ? <LessonPage lesson={lesson} session={lessons} chef={chef} onEdit={() => onShow('editor')} onLinks={() => actions.dispatch('share')} />
          : <LessonList progress={lessons.progress} onOpen={lessons.open} />}
        {lesson && foot && <div className="lesson-foot">{foot}</div>}
      </aside>
    );
  }
  return (
    <div id="side-panel" className="side-panel">
      {lesson && (
        <p className="lesson-banner">
          <span>Editing a scenario of <strong>{lesson.title}</strong></span>
          <button type="button" onClick={() => onShow('lessons')}>Back to the lesson</button>
        </p>
      )}
      <Sidebar doc={doc} actions={actions} />
      {editorFoot && <div className="editor-foot">{editorFoot}</div>}
    </div>
  );
}
