/**
 * A row of registry actions as buttons. An action that would be refused right now (an I/O
 * wait on a def route, "select a step first") is shown disabled before the click, with the
 * reason written under the row and, when one edit would make it possible, a button for that
 * fix ("Switch to async def"). The reason is the button's description for screen readers.
 */
import { useId } from 'react';
import type { ActionManager, Blocked } from '../actions/actionManager';
import { formatShortcut } from '../actions/shortcuts';

interface Props {
  actions: ActionManager;
  names: readonly string[];
  /** The group's accessible name ("Add a step"). */
  label: string;
}

export function ActionGroup({ actions, names, label }: Props) {
  const id = useId();
  const rows = names.flatMap((name) => {
    const action = actions.get(name);
    return action ? [{ name, action, blocked: actions.blocked(name) }] : [];
  });
  // One line per distinct reason: three buttons that all need "a step selected" say it once.
  const reasons: { text: string; blocked: Blocked; id: string }[] = [];
  const reasonId = (b: Blocked) => {
    const text = b.reason;
    let found = reasons.find((r) => r.text === text);
    if (!found) reasons.push(found = { text, blocked: b, id: `${id}-why-${reasons.length}` });
    return found.id;
  };
  const buttons = rows.map(({ name, action, blocked }) => {
    const hint = action.shortcut ? formatShortcut(action.shortcut) : undefined;
    const why = blocked ? reasonId(blocked) : undefined;
    return (
      // aria-disabled, not disabled: it stays focusable, so its reason can be read and hovered.
      // A click still asks, and the refusal says the same reason.
      <button key={name} type="button" onClick={() => actions.dispatch(name)} aria-keyshortcuts={hint}
        aria-disabled={blocked ? true : undefined} aria-describedby={why}
        title={blocked ? blocked.reason : hint ? `${action.label} (${hint})` : action.label}>
        {action.label}{hint && <kbd aria-hidden="true">{hint}</kbd>}
      </button>
    );
  });
  return (
    <>
      <div className="button-row" role="group" aria-label={label}>{buttons}</div>
      {reasons.length > 0 && (
        <div className="blocked-reasons">
          {reasons.map((r) => (
            <p key={r.id} id={r.id}>
              {r.text}
              {r.blocked.fix && (
                <button type="button" className="fix-button" onClick={() => actions.dispatch(r.blocked.fix!.action, r.blocked.fix!.args)}>
                  {r.blocked.fix.label}
                </button>
              )}
            </p>
          ))}
        </div>
      )}
    </>
  );
}
