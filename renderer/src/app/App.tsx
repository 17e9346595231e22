/**
 * The shell: toolbar, editor sidebar, the two charts on one time axis, metrics.
 * Document edits go through the action registry; everything else here is UI state.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { LoopLabApi } from '../../../shared/ipc/contract';
import type { Scenario } from '../../../shared/scenario/types';
import { builtinScenarios } from '../seams/builtins';
import { createViewport, type ChartView } from '../seams/chart';
import { serializeScenario } from '../seams/scenarioIo';
import { GanttPanel } from '../components/GanttPanel';
import { Toolbar } from '../components/Toolbar';
import { ChartControls } from '../components/ChartControls';
import { ScenarioPicker } from '../components/ScenarioPicker';
import { VariantPicker } from '../components/VariantPicker';
import { MetricsPanel } from '../components/MetricsPanel';
import { StatusLine } from '../components/StatusLine';
import { LoadErrors } from '../components/LoadErrors';
import { Sidebar } from '../components/Sidebar';
import { useDocument } from '../shell/useDocument';
import { useTimeline } from '../shell/useTimeline';
import { useActions } from '../shell/useActions';
import { createFileCommands, type LoadFailure } from '../shell/fileCommands';
import { markRedrawn } from '../shell/perfMarks';
import { routeSummary, useVariant } from './useVariant';
import { useAppCommands } from './useAppCommands';
import { useLatest } from './useLatest';
import { ExportButtons } from '../export/ExportButtons';

export function App({ api, first }: { api: LoopLabApi; first: Scenario }) {
  const doc = useDocument(first);
  const builtins = builtinScenarios;
  const viewport = useMemo(() => createViewport(), []);
  const [view, setView] = useState<ChartView>('resources');
  const [chef, setChef] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const [editorOpen, setEditorOpen] = useState(true);
  // On a short screen (1280×720) the charts need the height more: metrics start folded to one line.
  const [metricsOpen, setMetricsOpen] = useState(() => window.innerHeight >= 900);
  const [selectedRequest, setSelectedRequest] = useState<number | null>(null);
  const [loadFailure, setLoadFailure] = useState<LoadFailure | null>(null);
  const variant = useVariant(doc.scenario, builtins);
  const written = useTimeline(api, doc.scenario);
  const other = useTimeline(api, variant.variant);

  const docRef = useLatest(doc);
  const files = useMemo(() => createFileCommands(api, () => docRef.current, setLoadFailure), [api, docRef]);
  const commands = useAppCommands({ doc, files, viewport, setView, setChef, setPresenting });
  const actions = useActions(api, doc, commands);

  // Files the host opens itself (Electron: double-click, recent files, recovery).
  useEffect(() => api.onDocumentOpened?.((d) => files.openText(d.text, d.path, d.recovered)), [api, files]);

  // Both charts have drawn the current documents (their layout effects ran first).
  useLayoutEffect(() => {
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
  const chartProps = { viewport, view, chef, selectedRequest, onSelectRequest: setSelectedRequest };

  return (
    <div className={presenting ? 'app is-presenting' : 'app'}>
      <Toolbar actions={actions} title={title} dirty={doc.dirty} canUndo={doc.canUndo} canRedo={doc.canRedo}>
        <ScenarioPicker builtins={builtins} current={doc.scenario} onPick={pickBuiltin} />
        {/* Export (renderer/src/export): SVG/PNG with a preview, Copy SVG. */}
        <ExportButtons api={api} viewport={viewport} view={view} chef={chef}
          written={written.result && { ...written.result, title: 'as written' }} variant={other.result && { ...other.result, title: variant.name }} />
      </Toolbar>
      <StatusLine status={doc.status} />
      {loadFailure && <LoadErrors failure={loadFailure} onDismiss={() => setLoadFailure(null)} />}
      <div className={editorOpen && !presenting ? 'workspace' : 'workspace editor-folded'}>
        {editorOpen && !presenting && <Sidebar doc={doc} actions={actions} />}
        <main className="charts">
          <ChartControls actions={actions} view={view} chef={chef} editorOpen={editorOpen} onToggleEditor={() => setEditorOpen((o) => !o)} />
          <GanttPanel id="written" title="As written" caption={routeSummary(doc.scenario)} legend {...chartProps}
            result={written.result} error={written.error} pending={written.pending} />
          <VariantPicker choice={variant.choice} builtins={builtins} onChange={variant.setChoice} />
          <GanttPanel id="variant" title={variant.name} caption={routeSummary(variant.variant)} legend {...chartProps}
            result={other.result} error={other.error} pending={other.pending} />
          <MetricsPanel written={written.result?.timeline.metrics ?? null} variant={other.result?.timeline.metrics ?? null} variantName={variant.name}
            chef={chef} open={metricsOpen} onToggle={() => setMetricsOpen((o) => !o)} />
        </main>
      </div>
    </div>
  );
}
