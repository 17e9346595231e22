/**
 * The export preview: the diagram exactly as it will be saved (the same SVG string), and
 * the options beside it. Saving goes through the host (a download in the browser, a
 * native save dialog in Electron).
 */
import { useMemo, useState } from 'react';
import { exportSvg } from '../../../shared/export/exportSvg';
import { exportTrace } from '../../../shared/export/exportTrace';
import { CHART_THEMES, type ChartTheme } from '../../../shared/chart/states';
import type { ExportCharts, ExportInput, ExportOptions } from '../../../shared/export/options';
import type { ChartView } from '../seams/chart';
import { ModalDialog } from '../components/ModalDialog';

export type ExportFormat = 'svg' | 'png';

interface Props {
  input: ExportInput;
  format: ExportFormat;
  view: ChartView;
  chef: boolean;
  zoom: readonly [number, number];
  onSave: (format: ExportFormat | 'trace', data: string | Uint8Array | object, options: Partial<ExportOptions>, svg: string) => void;
  onCopy: (svg: string) => void;
  onClose: () => void;
  status: string;
}

export function ExportDialog(p: Props) {
  const [charts, setCharts] = useState<ExportCharts>(p.input.variant ? 'both' : 'main');
  const [view, setView] = useState<ChartView>(p.view);
  const [theme, setTheme] = useState<ChartTheme>('light');
  const [range, setRange] = useState<'zoom' | 'all'>('all');
  const [title, setTitle] = useState(p.input.scenario.name);
  const [legend, setLegend] = useState(true);
  const [metrics, setMetrics] = useState(false);
  // The zoom arrives as a new array on every render of the app: its two ends are what count.
  const [zoomStart, zoomEnd] = p.zoom;
  const options = useMemo<Partial<ExportOptions>>(
    () => ({ charts, view, theme, chef: p.chef, title, legend, metrics, range: range === 'zoom' ? [zoomStart, zoomEnd] : 'all' }),
    [charts, view, theme, p.chef, title, legend, metrics, range, zoomStart, zoomEnd],
  );
  const svg = useMemo(() => exportSvg(p.input, options), [p.input, options]);
  const preview = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, [svg]);

  return (
    <ModalDialog className="export-dialog" labelledBy="export-heading" onClose={p.onClose}>
      <h2 id="export-heading">Export {p.format.toUpperCase()}</h2>
      <div className="export-body">
        <img className="export-preview" src={preview} alt="Preview of the exported diagram" />
        <form className="export-options" onSubmit={(e) => e.preventDefault()}>
          <label>Charts <select value={charts} onChange={(e) => setCharts(e.target.value as ExportCharts)}>
            <option value="main">as written</option>
            {p.input.variant && <option value="variant">{p.input.variant.title}</option>}
            {p.input.variant && <option value="both">both, one time axis</option>}
          </select></label>
          <label>View <select value={view} onChange={(e) => setView(e.target.value as ChartView)}>
            <option value="resources">resources</option><option value="requests">requests</option>
          </select></label>
          <label>Theme <select value={theme} onChange={(e) => setTheme(e.target.value as ChartTheme)}>
            {CHART_THEMES.map((t) => <option key={t} value={t}>{t === 'print' ? 'print (greyscale)' : t}</option>)}
          </select></label>
          <label>Time <select value={range} onChange={(e) => setRange(e.target.value as 'zoom' | 'all')}>
            <option value="all">whole timeline</option><option value="zoom">current zoom</option>
          </select></label>
          <label>Title <input value={title} onChange={(e) => setTitle(e.target.value)} /></label>
          <label><input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} /> Legend</label>
          <label><input type="checkbox" checked={metrics} onChange={(e) => setMetrics(e.target.checked)} /> Metrics table</label>
        </form>
      </div>
      <p className="export-status" role="status">{p.status}</p>
      <div className="export-actions">
        <button type="button" onClick={() => p.onSave(p.format, svg, options, svg)}>Save {p.format.toUpperCase()}</button>
        <button type="button" onClick={() => p.onCopy(svg)}>Copy SVG</button>
        <button type="button" onClick={() => p.onSave('trace', exportTrace(p.input.scenario, p.input.timeline), options, svg)}>Save trace JSON</button>
        <button type="button" onClick={p.onClose}>Close</button>
      </div>
    </ModalDialog>
  );
}
