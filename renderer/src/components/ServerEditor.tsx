/** The server block: workers, cores, AnyIO tokens, the GIL. */
import type { ServerConfig } from '../../../shared/scenario/types';
import type { ActionManager } from '../actions/actionManager';
import { NumberField } from './NumberField';

export function ServerEditor({ server, actions }: { server: ServerConfig; actions: ActionManager }) {
  const set = (field: 'workers' | 'cores' | 'threadpoolTokens') => (value: number) =>
    actions.edit(`setServer.${field}`, { field, value });
  return (
    <section className="panel server-editor" aria-labelledby="server-title">
      <h2 id="server-title">Server</h2>
      <div className="field-grid">
        <NumberField label="Workers" value={server.workers} min={1} step={1} onCommit={set('workers')} />
        <NumberField label="Cores" value={server.cores} min={1} step={1} onCommit={set('cores')} />
        <NumberField label="Thread-pool tokens" value={server.threadpoolTokens} min={1} step={1} onCommit={set('threadpoolTokens')} />
        <label className="check-field">
          <input type="checkbox" checked={server.gil} onChange={(e) => actions.dispatch('toggleGil', { gil: e.target.checked })} />
          <span>GIL (uncheck for free-threaded 3.13t)</span>
        </label>
      </div>
    </section>
  );
}
