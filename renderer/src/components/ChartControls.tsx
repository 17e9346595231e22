/** Above the charts: which view, chef mode, zoom. Pan and zoom also work on the charts themselves. */
import type { ActionManager } from '../actions/actionManager';
import type { ChartView } from './GanttPanel';
import { CommandButton } from './Toolbar';

interface Props {
  actions: ActionManager;
  view: ChartView;
  chef: boolean;
  /** The editor column can fold away so the charts get the width (a projector, a small laptop). */
  editorOpen: boolean;
  onToggleEditor(): void;
}

export function ChartControls({ actions, view, chef, editorOpen, onToggleEditor }: Props) {
  return (
    <div className="chart-controls" role="toolbar" aria-label="Chart">
      <button type="button" aria-expanded={editorOpen} aria-controls="editor" onClick={onToggleEditor}>
        <span aria-hidden="true">{editorOpen ? '◂ ' : '▸ '}</span>Editor
      </button>
      <div className="tool-group segmented" role="radiogroup" aria-label="View">
        {(['resources', 'requests'] as const).map((v) => (
          <label key={v} className={view === v ? 'is-selected' : ''}>
            <input type="radio" name="view" checked={view === v}
              onChange={() => actions.dispatch(v === 'resources' ? 'view.resources' : 'view.requests')} />
            {v === 'resources' ? 'Resources' : 'Requests'}
          </label>
        ))}
      </div>
      <label className="check-field">
        <input type="checkbox" checked={chef} onChange={() => actions.dispatch('view.chef')} />
        <span>Chef mode</span>
      </label>
      <div className="tool-group" role="group" aria-label="Zoom">
        <CommandButton actions={actions} name="view.zoomOut" icon="−" />
        <CommandButton actions={actions} name="view.zoomIn" icon="+" />
        <CommandButton actions={actions} name="view.fit" icon="Fit" />
      </div>
      <p className="hint chart-hint">Drag or ←/→ to pan, wheel to zoom</p>
    </div>
  );
}
