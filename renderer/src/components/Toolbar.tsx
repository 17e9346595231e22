/**
 * The top bar: what is open, the File and Export menus, undo/redo, share, present. One row
 * from 1024 px up: commands are grouped in menus as desktop apps do (a second row took 44 px
 * from both charts on a 720-line projector). File's items are registry actions.
 */
import type { ReactNode } from 'react';
import type { ActionManager } from '../actions/actionManager';
import { formatShortcut } from '../actions/shortcuts';
import { MenuButton, type MenuItem } from './MenuButton';

interface Props {
  actions: ActionManager;
  title: string;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** The lessons panel is showing (the Lessons button is a toggle). */
  lessonsOpen: boolean;
  /** File menu items that are not registry actions (Open trace…), after the opening ones. */
  moreOpenItems?: readonly MenuItem[];
  /** The Export menu (renderer/src/export), after File. */
  exportMenu?: ReactNode;
  /** After the Lessons button: the scenario picker. */
  children?: ReactNode;
}

/** A registry action as a menu item; null when this build has no such action. */
export function actionItem(actions: ActionManager, name: string, separatorBefore = false): MenuItem | null {
  const action = actions.get(name);
  if (!action) return null;
  const blocked = actions.blocked(name);
  return {
    label: action.label, run: () => actions.dispatch(name), separatorBefore,
    ...(action.shortcut ? { shortcut: formatShortcut(action.shortcut) } : {}),
    ...(blocked ? { disabled: blocked.reason } : {}),
  };
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

export function Toolbar({ actions, title, dirty, canUndo, canRedo, lessonsOpen, moreOpenItems = [], exportMenu, children }: Props) {
  // Open Python… shows once its action is registered (renderer/src/analyze).
  const fileItems = [actionItem(actions, 'open'), actionItem(actions, 'openPython'), ...moreOpenItems,
    actionItem(actions, 'save', true), actionItem(actions, 'saveAs')].filter((item): item is MenuItem => item !== null);
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
      <MenuButton label="File" items={fileItems} />
      {exportMenu}
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
