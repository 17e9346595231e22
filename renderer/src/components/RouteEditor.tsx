/**
 * Pick a route, switch def / async def, and edit its steps with the registry's actions.
 * The step list is one Tab stop with a roving focus: while it has the keyboard, focus
 * follows the selection (an added step, a moved one, the one after a delete), so Delete
 * and Alt+↑/↓ always act on the step that shows focus.
 */
import { useLayoutEffect, useRef } from 'react';
import type { Scenario } from '../../../shared/scenario/types';
import type { ActionManager } from '../actions/actionManager';
import type { Selection } from '../actions/types';
import { routeKeyword } from '../document/stepText';
import { ActionGroup } from './ActionGroup';
import { StepRow } from './StepRow';
import { pathLabel, stepOrder, type StepPath } from '../document/stepPaths';

interface Props {
  scenario: Scenario;
  selection: Selection;
  actions: ActionManager;
  onSelect: (sel: Selection) => void;
}

const STEP_BUTTONS = ['addIoWait', 'addCpuBurst', 'addBlockingIo'] as const;
const WRAP_BUTTONS = ['wrapInThread', 'wrapInProcess', 'unwrapStep'] as const;

export function RouteEditor({ scenario, selection, actions, onSelect }: Props) {
  const route = scenario.routes[selection.route];
  const list = useRef<HTMLOListElement>(null);
  const addGroup = useRef<HTMLDivElement>(null);
  // Whether the step list has the keyboard. A deleted step takes focus with it (to <body>),
  // so "focus is in the list" alone cannot tell after the edit.
  const listHasFocus = useRef(false);

  useLayoutEffect(() => {
    const ol = list.current;
    if (!ol || !listHasFocus.current) return;
    const active = document.activeElement;
    if (active && active !== document.body && !ol.contains(active)) { listHasFocus.current = false; return; }
    const line = selection.step ? ol.querySelector(`[data-step-path="${pathLabel(selection.step)}"]`) : null;
    if (line?.contains(active)) return; // already on the selected step (its button, field or tools)
    const target = line?.querySelector<HTMLElement>('.step-select') ?? addGroup.current?.querySelector<HTMLElement>('button');
    target?.focus();
  }, [selection.step, route]);

  const onArrow = (path: StepPath, key: 'ArrowUp' | 'ArrowDown' | 'Home' | 'End') => {
    if (!route) return;
    const order = stepOrder(route);
    const at = order.findIndex((p) => pathLabel(p) === pathLabel(path));
    const next = key === 'Home' ? 0 : key === 'End' ? order.length - 1 : Math.min(order.length - 1, Math.max(0, at + (key === 'ArrowUp' ? -1 : 1)));
    if (order[next]) onSelect({ route: selection.route, step: order[next] });
  };
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
          <ol className="steps" aria-label={`Steps of ${route.name}`} ref={list}
            onFocus={() => { listHasFocus.current = true; }}
            onBlur={(e) => { if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget)) listHasFocus.current = false; }}>
            {route.steps.map((s, i) => (
              <StepRow key={i} step={s} path={[i]} route={selection.route} routeKind={route.kind} selected={selection.step}
                siblings={route.steps.length} tabStop={selection.step ?? [0]} actions={actions} onArrow={onArrow}
                onSelect={(path) => onSelect({ route: selection.route, step: path })} />
            ))}
          </ol>
          {route.steps.length === 0 && <p className="hint">No steps yet: add one below.</p>}
          <p className="hint">New steps go after the selected step, or at the end.</p>
          <div ref={addGroup}><ActionGroup actions={actions} names={STEP_BUTTONS} label="Add a step" /></div>
          <ActionGroup actions={actions} names={WRAP_BUTTONS} label="Move the selected step" />
        </>
      )}
    </section>
  );
}
