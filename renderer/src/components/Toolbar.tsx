/** The top bar: what is open, file commands, undo/redo. Every button is a registry action. */
import type { ReactNode } from 'react';
import type { ActionManager } from '../actions/actionManager';
import { formatShortcut } from '../actions/shortcuts';

interface Props {
  actions: ActionManager;
  title: string;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** The lessons panel is showing (the Lessons button is a toggle). */
  lessonsOpen: boolean;
  children?: ReactNode;
}

export function CommandButton({ actions, name, disabled, icon }: { actions: ActionManager; name: string; disabled?: boolean; icon?: string }) {
  const action = actions.get(name);
  if (!action) return null;
  const hint = action.shortcut ? formatShortcut(action.shortcut) : undefined;
  return (
    <button type="button" onClick={() => actions.dispatch(name)} disabled={disabled} aria-keyshortcuts={hint}
      title={hint ? `${action.label} (${hint})` : action.label} aria-label={icon ? action.label : undefined}>
      {icon ?? action.label}
    </button>
  );
}

export function Toolbar({ actions, title, dirty, canUndo, canRedo, lessonsOpen, children }: Props) {
  return (
    <header className="toolbar">
      <div className="brand">
        <h1>LoopLab</h1>
        <p className="doc-title">
          <span>{title}</span>
          {/* Always laid out, hidden when clean: appearing must not wrap the toolbar and shrink the charts. */}
          <span className={dirty ? 'dirty' : 'dirty is-clean'} role="note" aria-label="Unsaved changes" aria-hidden={!dirty} title="Unsaved changes">
            {' • '}<span className="dirty-word">unsaved</span>
          </span>
        </p>
      </div>
      <button type="button" className="lessons-button" aria-pressed={lessonsOpen} aria-keyshortcuts="L" title="Lessons (L)"
        onClick={() => actions.dispatch('help.lessons')}>Lessons</button>
      {children}
      <div className="tool-group" role="group" aria-label="File">
        <CommandButton actions={actions} name="open" />
        <CommandButton actions={actions} name="save" />
      </div>
      <div className="tool-group" role="group" aria-label="History">
        <CommandButton actions={actions} name="undo" disabled={!canUndo} icon="↶" />
        <CommandButton actions={actions} name="redo" disabled={!canRedo} icon="↷" />
      </div>
      <div className="tool-group" role="group" aria-label="Presentation">
        <CommandButton actions={actions} name="share" />
        <CommandButton actions={actions} name="view.presentation" />
      </div>
    </header>
  );
}
