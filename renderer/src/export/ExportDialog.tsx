/**
 * The export preview: the diagram exactly as it will be saved (the same SVG string), and
 * the options beside it. Saving goes through the host (a download in the browser, a
 * native save dialog in Electron). Chef mode and the server's own work are options, shown
 * and set here (starting from the app's), never silently taken from it; a PNG also gets its
 * scale and background.
 */
import { useMemo, useState } from 'react';
import { exportSvg } from '../../../shared/export/exportSvg';
import { exportTrace } from '../../../shared/export/exportTrace';
import { CHART_THEMES, type ChartTheme } from '../../../shared/chart/states';
import type { ExportCharts, ExportInput, ExportOptions } from '../../../shared/export/options';
import type { ChartView } from '../seams/chart';
import { ModalDialog } from '../components/ModalDialog';
import { PNG_SCALES, svgSize } from './rasterisePng';

export type ExportFormat = 'svg' | 'png';

/** What the dialog asks its owner to save. */
export type SaveRequest =
  | { format: 'svg'; svg: string }
  | { format: 'png'; svg: string; scale: number }
  | { format: 'trace'; trace: object };

interface Props {
  input: ExportInput;
  format: ExportFormat;
  view: ChartView;
  /** The app's chef mode: the option's starting value. */
  chef: boolean;
  /** The charts' Show server work option: this option's starting value. */
  serverWork: boolean;
  zoom: readonly [number, number];
  /** The variant chart's own window while the charts have separate time axes (useTimeAxes), else the same as `zoom`. */
  variantZoom: readonly [number, number];
  /** The charts are on separate time axes on screen: the export starts the same way. */
  ownAxes: boolean;
  onSave: (request: SaveRequest) => void;
  onCopy: (svg: string) => void;
  onClose: () => void;
  /** The last save or copy, said in the dialog (the page's own messages are behind it). */
  status: string;
}

/** The dialog's Charts choice: which charts, and for both, whether they share a time axis. */
type ChartsChoice = ExportCharts | 'both-own';

export function ExportDialog(p: Props) {
  const [choice, setChoice] = useState<ChartsChoice>(p.input.variant ? (p.ownAxes ? 'both-own' : 'both') : 'main');
  const charts: ExportCharts = choice === 'both-own' ? 'both' : choice;
  const [view, setView] = useState<ChartView>(p.view);
  const [theme, setTheme] = useState<ChartTheme>('light');
  const [range, setRange] = useState<'zoom' | 'all'>('all');
  const [title, setTitle] = useState(p.input.scenario.name);
  const [legend, setLegend] = useState(true);
  const [metrics, setMetrics] = useState(false);
  const [chef, setChef] = useState(p.chef);
  const [serverWork, setServerWork] = useState(p.serverWork);
  const [transparent, setTransparent] = useState(false);
  const [scale, setScale] = useState(2);
  const [zoomStart, zoomEnd] = p.zoom;
  const [variantStart, variantEnd] = p.variantZoom;
  const svg = useMemo(() => {
    // The current zoom is each chart's own window on screen: the variant alone, or beside the other on its own axis, takes its own.
    const mainZoom: [number, number] = choice === 'variant' ? [variantStart, variantEnd] : [zoomStart, zoomEnd];
    const options: Partial<ExportOptions> = {
      charts, view, theme, chef, title, legend, metrics, transparent, serverWork, range: range === 'zoom' ? mainZoom : 'all',
      axes: choice === 'both-own' ? 'own' : 'shared', variantRange: range === 'zoom' ? [variantStart, variantEnd] : 'all',
    };
    return exportSvg(p.input, options);
  }, [p.input, choice, charts, view, theme, chef, title, legend, metrics, transparent, serverWork, range, zoomStart, zoomEnd, variantStart, variantEnd]);
  const preview = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, [svg]);
  const size = svgSize(svg);
  const name = p.format.toUpperCase();

  return (
    <ModalDialog className="export-dialog" labelledBy="export-heading" onClose={p.onClose}>
      <h2 id="export-heading">Export {name}</h2>
      <div className="export-body">
        <img className="export-preview" src={preview} alt="Preview of the exported diagram" />
        <form className="export-options" onSubmit={(e) => e.preventDefault()}>
          <label>Charts <select value={choice} onChange={(e) => setChoice(e.target.value as ChartsChoice)}>
            <option value="main">as written</option>
            {p.input.variant && <option value="variant">{p.input.variant.title}</option>}
            {p.input.variant && <option value="both">both, one axis</option>}
            {p.input.variant && <option value="both-own">both, own axes</option>}
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
          <label><input type="checkbox" checked={chef} onChange={(e) => setChef(e.target.checked)} /> Chef mode (kitchen words and key)</label>
          <label><input type="checkbox" checked={serverWork} onChange={(e) => setServerWork(e.target.checked)} /> Server work (the loop&apos;s thin grey bars)</label>
          <fieldset className="export-choice">
            <legend>Background</legend>
            <label><input type="radio" name="export-background" checked={!transparent} onChange={() => setTransparent(false)} /> theme colour</label>
            <label><input type="radio" name="export-background" checked={transparent} onChange={() => setTransparent(true)} /> transparent</label>
          </fieldset>
          {p.format === 'png' && (
            <fieldset className="export-choice">
              <legend>Scale</legend>
              {PNG_SCALES.map((s) => (
                <label key={s}><input type="radio" name="export-scale" checked={scale === s} onChange={() => setScale(s)} /> {s}×</label>
              ))}
              {size && <p className="export-size">{(size.width * scale).toLocaleString('en-US')} × {(size.height * scale).toLocaleString('en-US')} px</p>}
            </fieldset>
          )}
        </form>
      </div>
      <p className="export-status" role="status">{p.status}</p>
      <div className="export-actions">
        <button type="button" onClick={() => p.onSave(p.format === 'png' ? { format: 'png', svg, scale } : { format: 'svg', svg })}>Save {name}</button>
        <button type="button" onClick={() => p.onCopy(svg)}>Copy SVG</button>
        <button type="button" onClick={() => p.onSave({ format: 'trace', trace: exportTrace(p.input.scenario, p.input.timeline) })}>Save trace JSON</button>
        <button type="button" onClick={p.onClose}>Close</button>
      </div>
    </ModalDialog>
  );
}
