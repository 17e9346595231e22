/** One step of the selected route: select it, type its duration, move or delete it. */
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
  actions: ActionManager;
  onSelect(path: StepPath): void;
  /** Inside to_thread / to_process the code is sync whatever the route is. */
  inThread?: boolean;
}

export function StepRow({ step, path, route, routeKind, selected, actions, onSelect, inThread }: Props) {
  const kind = stepKind(step);
  const ms = stepDuration(step);
  const n = pathLabel(path);
  const isSelected = samePath(selected, path);
  const inner = innerSteps(step);
  const code = step.label ?? stepPython(step, inThread ? 'sync' : routeKind);
  const run = (name: string) => { onSelect(path); actions.dispatch(name, undefined); };

  return (
    <li className={`step step-${kind}${isSelected ? ' is-selected' : ''}`}>
      <div className="step-line">
        {/* Named by its visible text ("Step" is for the ear only), so speech input can say what it sees. */}
        <button type="button" className="step-select" aria-pressed={isSelected} onClick={() => onSelect(path)} title={`${n}. ${STEP_NAMES[kind]}: ${code}`}>
          <span className={`step-swatch swatch-${kind}`} aria-hidden="true" />
          <span className="step-name"><span className="visually-hidden">Step </span>{n}. {STEP_NAMES[kind]}</span>
          <span className="step-code">{code}</span>
        </button>
        {ms !== null && (
          <NumberField label={`Duration of step ${n} (ms)`} hideLabel value={ms} min={0} unit="ms" className="step-ms"
            onCommit={(v) => actions.dispatch('setStepDuration', { route, path, ms: v })} />
        )}
        <span className="step-tools">
          <button type="button" aria-label={`Move step ${n} up`} title="Move up (Alt+↑)" onClick={() => run('moveStepUp')}>↑</button>
          <button type="button" aria-label={`Move step ${n} down`} title="Move down (Alt+↓)" onClick={() => run('moveStepDown')}>↓</button>
          <button type="button" aria-label={`Delete step ${n}`} title="Delete (Del)" onClick={() => run('deleteStep')}>×</button>
        </span>
      </div>
      {inner && (
        <ol className="step-inner" aria-label={`Inside step ${n}`}>
          {inner.map((s, j) => (
            <StepRow key={j} step={s} path={[...path, j]} route={route} routeKind={routeKind} selected={selected}
              actions={actions} onSelect={onSelect} inThread />
          ))}
        </ol>
      )}
    </li>
  );
}
