/** Built-in scenarios: picking one loads it (undoable, so the current work is not lost). */
import type { Scenario } from '../../../shared/scenario/types';

interface Props {
  builtins: { id: string; scenario: Scenario }[];
  current: Scenario;
  /** Changed since it was opened or saved: a lesson's scenario, a file, a built-in as loaded is not. */
  edited: boolean;
  onPick: (id: string) => void;
}

export function ScenarioPicker({ builtins, current, edited, onPick }: Props) {
  const match = builtins.find((b) => b.scenario === current);
  const shown = match ? match.scenario.name : `${current.name}${edited ? ' (edited)' : ''}`;
  return (
    <label className="scenario-picker">
      <span className="field-label">Scenario</span>
      {/* A narrow toolbar cuts the name with an ellipsis; the title has it whole. */}
      <select value={match?.id ?? ''} title={shown} onChange={(e) => e.target.value && onPick(e.target.value)}>
        {!match && <option value="">{current.name}{edited ? ' (edited)' : ''}</option>}
        {builtins.map((b) => <option key={b.id} value={b.id}>{b.scenario.name}</option>)}
      </select>
    </label>
  );
}
