/** Pick a route, switch def / async def, and edit its steps with the registry's actions. */
import type { Scenario } from '../../../shared/scenario/types';
import type { ActionManager } from '../actions/actionManager';
import type { Selection } from '../actions/types';
import { routeKeyword } from '../document/stepText';
import { formatShortcut } from '../actions/shortcuts';
import { StepRow } from './StepRow';

interface Props {
  scenario: Scenario;
  selection: Selection;
  actions: ActionManager;
  onSelect(sel: Selection): void;
}

const STEP_BUTTONS = ['addIoWait', 'addCpuBurst', 'addBlockingIo'] as const;
const WRAP_BUTTONS = ['wrapInThread', 'wrapInProcess', 'unwrapStep'] as const;

function ActionButton({ actions, name }: { actions: ActionManager; name: string }) {
  const action = actions.get(name);
  if (!action) return null;
  const hint = action.shortcut ? formatShortcut(action.shortcut) : undefined;
  return (
    <button type="button" onClick={() => actions.dispatch(name)} title={hint ? `${action.label} (${hint})` : action.label}
      aria-keyshortcuts={hint}>
      {action.label}{hint && <kbd aria-hidden="true">{hint}</kbd>}
    </button>
  );
}

export function RouteEditor({ scenario, selection, actions, onSelect }: Props) {
  const route = scenario.routes[selection.route];
  return (
    <section className="panel route-editor" aria-labelledby="route-editor-title">
      <h2 id="route-editor-title">Routes</h2>
      <div role="radiogroup" aria-label="Route" className="route-tabs">
        {scenario.routes.map((r, i) => (
          <label key={i} className={i === selection.route ? 'route-tab is-selected' : 'route-tab'}>
            <input type="radio" name="route" checked={i === selection.route} onChange={() => onSelect({ route: i, step: null })} />
            <code>{routeKeyword(r.kind)} {r.name}()</code>
          </label>
        ))}
      </div>
      {route && (
        <>
          <fieldset className="kind-switch">
            <legend>“{route.name}” is</legend>
            {(['sync', 'async'] as const).map((kind) => (
              <label key={kind}>
                <input type="radio" name="route-kind" checked={route.kind === kind}
                  onChange={() => actions.dispatch('toggleRouteKind', { route: selection.route, kind })} />
                <code>{routeKeyword(kind)}</code>
              </label>
            ))}
          </fieldset>
          <ol className="steps" aria-label={`Steps of ${route.name}`}>
            {route.steps.map((s, i) => (
              <StepRow key={i} step={s} path={[i]} route={selection.route} routeKind={route.kind} selected={selection.step}
                actions={actions} onSelect={(path) => onSelect({ route: selection.route, step: path })} />
            ))}
          </ol>
          {route.steps.length === 0 && <p className="hint">No steps yet: add one below.</p>}
          <p className="hint">New steps go after the selected step, or at the end.</p>
          <div className="button-row" role="group" aria-label="Add a step">
            {STEP_BUTTONS.map((name) => <ActionButton key={name} actions={actions} name={name} />)}
          </div>
          <div className="button-row" role="group" aria-label="Move the selected step">
            {WRAP_BUTTONS.map((name) => <ActionButton key={name} actions={actions} name={name} />)}
          </div>
        </>
      )}
    </section>
  );
}
