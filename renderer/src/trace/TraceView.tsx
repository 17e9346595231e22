/**
 * A trace opened read-only: a banner that says so, a way back, and the same chart as the
 * document's. It has its own viewport and selection so the document's zoom and selected
 * request are as they were when the trace closes.
 */
import { useMemo, useState } from 'react';
import { createViewport, type ChartView } from '../seams/chart';
import { GanttPanel } from '../components/GanttPanel';
import type { ShellTheme } from '../persist/prefs';
import type { OpenTrace } from './readTraceFile';
import './trace.css';

interface Props {
  trace: OpenTrace;
  onClose: () => void;
  view: ChartView;
  chef: boolean;
  /** The charts' Show server work option (the app's preference). */
  serverWork: boolean;
  theme: ShellTheme;
}

export function TraceView({ trace, onClose, view: initialView, chef, serverWork, theme }: Props) {
  const viewport = useMemo(() => createViewport(), []);
  const [view, setView] = useState<ChartView>(initialView);
  const [selectedRequest, setSelectedRequest] = useState<number | null>(null);
  const result = useMemo(() => ({ scenario: trace.scenario, timeline: trace.timeline }), [trace]);
  const n = trace.timeline.requests.length;
  return (
    <main className="trace-view">
      <div className="trace-banner" role="region" aria-label="Trace">
        <p>Viewing trace <strong>{trace.file}</strong> (read only)</p>
        <div className="tool-group segmented" role="radiogroup" aria-label="Trace view">
          {(['resources', 'requests'] as const).map((v) => (
            <label key={v} className={view === v ? 'is-selected' : ''}>
              <input type="radio" name="trace-view" checked={view === v} onChange={() => setView(v)} />
              {v === 'resources' ? 'Resources' : 'Requests'}
            </label>
          ))}
        </div>
        <button type="button" onClick={onClose} autoFocus>Close trace</button>
      </div>
      <GanttPanel id="trace" title={`Trace ${trace.file}`} caption={`${trace.scenario.name}, ${n} request${n === 1 ? '' : 's'}`} legend
        viewport={viewport} result={result} view={view} chef={chef} serverWork={serverWork} theme={theme} textScale={1}
        selectedRequest={selectedRequest} onSelectRequest={setSelectedRequest} error={null} pending={false} />
    </main>
  );
}
