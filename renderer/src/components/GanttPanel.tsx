/**
 * One chart: React owns this panel and an empty container; the chart (D3) owns every
 * node inside the container. Pan and zoom go through the shared viewport and never
 * re-render React.
 */
import { useEffect, useRef } from 'react';
import type { Scenario } from '../../../shared/scenario/types';
import type { Timeline } from '../../../shared/engine/timeline';
import { createGantt, type Gantt, type Viewport } from '../seams/chart';
import { timedRender } from '../shell/perfMarks';

export type ChartView = 'resources' | 'requests';

interface Props {
  id: string;
  title: string;
  caption: string;
  viewport: Viewport;
  result: { scenario: Scenario; timeline: Timeline } | null;
  view: ChartView;
  selectedRequest: number | null;
  onSelectRequest(id: number | null): void;
  error: string | null;
  pending: boolean;
}

export function GanttPanel(p: Props) {
  const host = useRef<HTMLDivElement>(null);
  const gantt = useRef<Gantt | null>(null);
  const onSelect = useRef(p.onSelectRequest);
  onSelect.current = p.onSelectRequest;

  useEffect(() => {
    const chart = createGantt(host.current!, { viewport: p.viewport, title: p.title, onSelectRequest: (id) => onSelect.current(id) });
    gantt.current = chart;
    return () => { chart.destroy(); gantt.current = null; };
  }, [p.viewport, p.title]);

  useEffect(() => {
    const chart = gantt.current;
    if (!chart || !p.result) return;
    const { scenario, timeline } = p.result;
    timedRender(() => chart.update(scenario, timeline, { view: p.view, chef: false, selectedRequest: p.selectedRequest, theme: 'light' }));
  }, [p.result, p.view, p.selectedRequest, p.viewport, p.title]);

  const drawn = p.result?.timeline.segments.length ?? 0;
  const metricsOnly = p.result !== null && drawn === 0 && p.result.timeline.metrics.requests > 0;
  return (
    <section className="chart-panel" aria-labelledby={`${p.id}-title`} aria-busy={p.pending}>
      <header className="chart-head">
        <h2 id={`${p.id}-title`}>{p.title}</h2>
        <p className="chart-caption">{p.caption}</p>
      </header>
      {p.error && <p className="chart-error" role="alert">{p.error}</p>}
      {metricsOnly && <p className="chart-note">Too many requests to draw: the metrics below are exact, the chart is left out.</p>}
      <div ref={host} className="chart-host" data-testid={`${p.id}-chart`} />
    </section>
  );
}
