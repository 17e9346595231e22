/**
 * The visible list of shortcuts, from the registry itself so it never goes stale. Edit keys
 * work while the editor has focus (they act on the selected step); the rest work anywhere.
 */
import type { Action } from '../actions/types';
import type { ActionManager } from '../actions/actionManager';
import { actionScope } from '../actions/actionManager';
import { formatShortcut } from '../actions/shortcuts';

/** The chart's pointer gestures and focused-chart keys (renderer/chart/interaction.ts, keyCursor.ts). */
const CHART_GESTURE_LIST: readonly [string, string][] = [
  ['Ctrl+wheel, pinch', 'Zoom at the pointer'],
  ['Wheel', 'Scroll the rows'],
  ['Shift+wheel, drag', 'Pan'],
  ['← → (chart focused)', 'Pan'],
  ['↑ ↓ (chart focused)', 'Go through the rows and the legend: what each means'],
  ['Home End (chart focused)', 'First row, last row'],
  ['Enter (chart focused, on a request)', 'Highlight that request in both charts'],
  ['Click', 'Highlight a request in both charts'],
];

/** The list's element id: ? opens it from anywhere (App.tsx). */
export const SHORTCUT_LIST_ID = 'keyboard-shortcuts';

function Keys({ action }: { action: Action }) {
  return (
    <dt><kbd>{formatShortcut(action.shortcut!)}</kbd>
      {action.kind === 'command' && action.alsoShortcuts?.map((k) => <span key={k}> or <kbd>{formatShortcut(k)}</kbd></span>)}</dt>
  );
}

export function ShortcutHint({ actions }: { actions: ActionManager }) {
  const withKeys = actions.all().filter((a) => a.shortcut);
  const groups = [
    { title: 'In the editor (a step selected)', list: withKeys.filter((a) => actionScope(a) === 'editor') },
    { title: 'Anywhere', list: withKeys.filter((a) => actionScope(a) === 'global') },
  ];
  return (
    <details id={SHORTCUT_LIST_ID} className="panel shortcut-hint">
      <summary>Keyboard shortcuts</summary>
      {groups.map((g) => (
        <section key={g.title}>
          <h3>{g.title}</h3>
          <dl>
            {g.list.map((a) => (
              <div key={a.name}><Keys action={a} /><dd>{a.label}</dd></div>
            ))}
          </dl>
        </section>
      ))}
      <section>
        <h3>On a chart</h3>
        <dl>
          {CHART_GESTURE_LIST.map(([keys, what]) => <div key={keys}><dt>{keys}</dt><dd>{what}</dd></div>)}
        </dl>
      </section>
    </details>
  );
}
