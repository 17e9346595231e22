/** The visible list of shortcuts, from the registry itself so it never goes stale. */
import type { ActionManager } from '../actions/actionManager';
import { formatShortcut } from '../actions/shortcuts';

export function ShortcutHint({ actions }: { actions: ActionManager }) {
  const withKeys = actions.all().filter((a) => a.shortcut);
  return (
    <details className="panel shortcut-hint">
      <summary>Keyboard shortcuts</summary>
      <dl>
        {withKeys.map((a) => (
          <div key={a.name}>
            <dt><kbd>{formatShortcut(a.shortcut!)}</kbd>
              {a.kind === 'command' && a.alsoShortcuts?.map((k) => <span key={k}> or <kbd>{formatShortcut(k)}</kbd></span>)}</dt>
            <dd>{a.label}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
