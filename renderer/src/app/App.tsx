/**
 * The shell: toolbar, editor sidebar, the two charts on one time axis, metrics and legend.
 * Document edits go through the action registry; everything else here is UI state.
 */
import { useEffect, useMemo, useState } from 'react';
import type { LoopLabApi } from '../../../shared/ipc/contract';
import type { Scenario } from '../../../shared/scenario/types';
import { builtinScenarios } from '../seams/builtins';
import { createViewport } from '../seams/chart';
import { serializeScenario } from '../seams/scenarioIo';
import { GanttPanel, type ChartView } from '../components/GanttPanel';
import { Toolbar } from '../components/Toolbar';
import { ScenarioPicker } from '../components/ScenarioPicker';
import { VariantPicker } from '../components/VariantPicker';
import { RouteEditor } from '../components/RouteEditor';
import { ServerEditor } from '../components/ServerEditor';
import { RequestsEditor } from '../components/RequestsEditor';
import { MetricsPanel } from '../components/MetricsPanel';
import { Legend } from '../components/Legend';
import { StatusLine } from '../components/StatusLine';
import { LoadErrors } from '../components/LoadErrors';
import { ShortcutHint } from '../components/ShortcutHint';
import { useDocument } from '../shell/useDocument';
import { useTimeline } from '../shell/useTimeline';
import { useActions } from '../shell/useActions';
import { createFileCommands, type LoadFailure } from '../shell/fileCommands';
import { markRedrawn } from '../shell/perfMarks';
import { routeSummary, useVariant } from './useVariant';
import { useAppCommands } from './useAppCommands';

export function App({ api, first }: { api: LoopLabApi; first: Scenario }) {
  const doc = useDocument(first);
  const builtins = builtinScenarios;
  const viewport = useMemo(() => createViewport(), []);
  const [view, setView] = useState<ChartView>('resources');
  const [selectedRequest, setSelectedRequest] = useState<number | null>(null);
  const [loadFailure, setLoadFailure] = useState<LoadFailure | null>(null);
  const variant = useVariant(doc.scenario, builtins);
  const written = useTimeline(api, doc.scenario);
  const other = useTimeline(api, variant.variant);

  const docRef = useDocRef(doc);
  const files = useMemo(() => createFileCommands(api, () => docRef.current, setLoadFailure), [api, docRef]);
  const commands = useAppCommands({ doc, files, viewport, setView });
  const actions = useActions(api, doc, commands);

  // Both charts show the current documents: close the edit → redraw measurement.
  useEffect(() => {
    if (written.result?.scenario === doc.scenario && other.result?.scenario === variant.variant) markRedrawn();
  }, [written.result, other.result, doc.scenario, variant.variant]);

  const path = doc.docState.history.present.path;
  const title = path ? path.split(/[\\/]/).pop()! : doc.scenario.name;
  useEffect(() => {
    document.title = `${doc.dirty ? '• ' : ''}${title} — LoopLab`;
    api.setDocumentState({ dirty: doc.dirty, path, text: serializeScenario(doc.scenario) });
  }, [api, doc.dirty, doc.scenario, path, title]);

  const pickBuiltin = (id: string) => {
    const b = builtins.find((x) => x.id === id);
    if (!b) return;
    doc.load(b.scenario, null);
    doc.announce(`Loaded “${b.scenario.name}”. Ctrl+Z brings back the previous scenario.`);
  };

  return (
    <div className="app">
      <Toolbar actions={actions} title={title} dirty={doc.dirty} canUndo={doc.canUndo} canRedo={doc.canRedo} view={view}>
        <ScenarioPicker builtins={builtins} current={doc.scenario} onPick={pickBuiltin} />
      </Toolbar>
      <StatusLine status={doc.status} />
      {loadFailure && <LoadErrors failure={loadFailure} onDismiss={() => setLoadFailure(null)} />}
      <div className="workspace">
        <aside className="sidebar" aria-label="Edit the scenario">
          {doc.scenario.description && <p className="scenario-description">{doc.scenario.description}</p>}
          <RouteEditor scenario={doc.scenario} selection={doc.selection} actions={actions} onSelect={doc.select} />
          <RequestsEditor scenario={doc.scenario} route={doc.selection.route} actions={actions} />
          <ServerEditor server={doc.scenario.server} actions={actions} />
          <ShortcutHint actions={actions} />
        </aside>
        <main className="charts">
          <GanttPanel id="written" title="As written" caption={routeSummary(doc.scenario)} viewport={viewport} result={written.result}
            view={view} selectedRequest={selectedRequest} onSelectRequest={setSelectedRequest} error={written.error} pending={written.pending} />
          <VariantPicker choice={variant.choice} builtins={builtins} onChange={variant.setChoice} />
          <GanttPanel id="variant" title={variant.name} caption={routeSummary(variant.variant)} viewport={viewport} result={other.result}
            view={view} selectedRequest={selectedRequest} onSelectRequest={setSelectedRequest} error={other.error} pending={other.pending} />
          <div className="below-charts">
            <MetricsPanel written={written.result?.timeline.metrics ?? null} variant={other.result?.timeline.metrics ?? null} variantName={variant.name} />
            <Legend />
          </div>
        </main>
      </div>
    </div>
  );
}

/** A ref that always holds the latest document controller (for async file commands). */
function useDocRef<T>(value: T) {
  const [ref] = useState(() => ({ current: value }));
  ref.current = value;
  return ref;
}
