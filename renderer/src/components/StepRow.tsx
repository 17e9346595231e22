/**
 * One step of the selected route: select it, type its duration, move or delete it. Focus and
 * selection are one thing: focusing a step (or its field or tools) selects it, and only the
 * selected step is a Tab stop; ↑/↓, Home and End move through the steps (RouteEditor).
 */
import type { KeyboardEvent } from 'react';
import type { RouteKind, Step } from '../../../shared/scenario/types';
import { stepKind } from '../../../shared/scenario/types';
import { innerSteps } from '../../../shared/scenario/stepPath';
import type { ActionManager } from '../actions/actionManager';
import { pathLabel, samePath, type StepPath } from '../document/stepPaths';
import { STEP_NAMES, stepDuration, stepPython } from '../document/stepText';
import { NumberField } from './NumberField';

interface Props {
  step: Step;
  path: StepPath;
  route: number;
  routeKind: RouteKind;
  selected: StepPath | null;
  /** How many steps share this step's list (to know first, last, only). */
  siblings: number;
  /** The one step Tab lands on: the selected step, or the first. */
  tabStop: StepPath | null;
  actions: ActionManager;
  onSelect: (path: StepPath) => void;
  /** ↑ ↓ Home End pressed on this step: the list moves focus and selection. */
  onArrow: (path: StepPath, key: 'ArrowUp' | 'ArrowDown' | 'Home' | 'End') => void;
  /** Inside to_thread / to_process the code is sync whatever the route is. */
  inThread?: boolean;
}

/** ↑ ↓ ×: shown disabled, with the reason as its tooltip and description, where the edit would be refused. */
function StepTool({ label, title, blocked, tabIndex, onClick, children }: {
  label: string; title: string; blocked: string | null; tabIndex: number; onClick: () => void; children: string;
}) {
  return (
    <button type="button" aria-label={label} title={blocked ?? title} aria-disabled={blocked ? true : undefined}
      aria-description={blocked ?? undefined} tabIndex={tabIndex} onClick={onClick}>{children}</button>
  );
}

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End']);

export function StepRow({ step, path, route, routeKind, selected, siblings, tabStop, actions, onSelect, onArrow, inThread }: Props) {
  const kind = stepKind(step);
  const ms = stepDuration(step);
  const n = pathLabel(path);
  const isSelected = samePath(selected, path);
  const inner = innerSteps(step);
  const code = step.label ?? stepPython(step, inThread ? 'sync' : routeKind);
  const run = (name: string) => { onSelect(path); actions.dispatch(name, undefined); };
  const tabIndex = samePath(tabStop, path) ? 0 : -1;
  const index = path[path.length - 1]!;
  const onKeyDown = (e: KeyboardEvent) => {
    if (!ARROWS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    onArrow(path, e.key as 'ArrowUp' | 'ArrowDown' | 'Home' | 'End');
  };

  return (
    <li className={`step step-${kind}${isSelected ? ' is-selected' : ''}`}>
      <div className="step-line" data-step-path={n} onFocus={() => { if (!isSelected) onSelect(path); }}>
        {/* Named by its visible text ("Step" is for the ear only), so speech input can say what it sees. */}
        <button type="button" className="step-select" aria-pressed={isSelected} tabIndex={tabIndex}
          onClick={() => onSelect(path)} onKeyDown={onKeyDown} title={`${n}. ${STEP_NAMES[kind]}: ${code}`}>
          <span className={`step-swatch swatch-${kind}`} aria-hidden="true" />
          <span className="step-name"><span className="visually-hidden">Step </span>{n}. {STEP_NAMES[kind]}</span>
          <span className="step-code">{code}</span>
        </button>
        {ms !== null && (
          <NumberField label={`Duration of step ${n} (ms)`} hideLabel value={ms} min={0} unit="ms" className="step-ms" tabIndex={tabIndex}
            onCommit={(v) => actions.edit('setStepDuration', { route, path, ms: v })} />
        )}
        <span className="step-tools">
          <StepTool label={`Move step ${n} up`} title="Move up (Alt+↑)" blocked={index === 0 ? 'Already the first step.' : null} tabIndex={tabIndex} onClick={() => run('moveStepUp')}>↑</StepTool>
          <StepTool label={`Move step ${n} down`} title="Move down (Alt+↓)" blocked={index === siblings - 1 ? 'Already the last step.' : null} tabIndex={tabIndex} onClick={() => run('moveStepDown')}>↓</StepTool>
          <StepTool label={`Delete step ${n}`} title="Delete (Del)" tabIndex={tabIndex} onClick={() => run('deleteStep')}
            blocked={path.length > 1 && siblings === 1 ? 'The only step inside its wrapper: delete the wrapper instead.' : null}>×</StepTool>
        </span>
      </div>
      {inner && (
        <ol className="step-inner" aria-label={`Inside step ${n}`}>
          {inner.map((s, j) => (
            <StepRow key={j} step={s} path={[...path, j]} route={route} routeKind={routeKind} selected={selected} tabStop={tabStop}
              siblings={inner.length} actions={actions} onSelect={onSelect} onArrow={onArrow} inThread />
          ))}
        </ol>
      )}
    </li>
  );
}
