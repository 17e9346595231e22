/**
 * The toolbar's "Export ▾" menu: Export SVG…, Export PNG… (the preview dialog), Copy SVG and
 * Export trace JSON…. The diagram comes from the pure shared export (the same code as
 * `looplab export`); this only wires it to the preview, the clipboard and the host's save.
 */
import { useEffect, useMemo, useState } from 'react';
import type { LoopLabApi } from '../../../shared/ipc/contract';
import type { Scenario } from '../../../shared/scenario/types';
import type { Timeline } from '../../../shared/engine/timeline';
import { exportSvg } from '../../../shared/export/exportSvg';
import { exportTrace } from '../../../shared/export/exportTrace';
import type { ExportInput } from '../../../shared/export/options';
import type { ChartView, MeasuredOverlay, Viewport } from '../seams/chart';
import { ExportDialog, type ExportFormat, type SaveRequest } from './ExportDialog';
import { fileSlug, svgToPng } from './rasterisePng';
import { MenuButton, type MenuItem } from '../components/MenuButton';
import './export.css';

export interface ExportSource {
  scenario: Scenario;
  timeline: Timeline;
  title: string;
  /** A real run of this scenario, outlined in the requests view (renderer/src/run). */
  measured?: MeasuredOverlay | null;
}

interface Props {
  api: LoopLabApi;
  written: ExportSource | null;
  variant: ExportSource | null;
  viewport: Viewport;
  /** The variant chart's window: its own while the charts have separate time axes (useTimeAxes), else `viewport`. */
  variantViewport: Viewport;
  /** The charts are on separate time axes on screen: exports draw them so too. */
  ownAxes: boolean;
  view: ChartView;
  chef: boolean;
  /** The charts' Show server work option: the dialog's starting value, and what Copy SVG draws. */
  serverWork: boolean;
  /** The app's toast and live region (useDocument's announce). */
  announce: (text: string, tone?: 'info' | 'error') => void;
}

export function ExportMenu({ api, written, variant, viewport, variantViewport, ownAxes, view, chef, serverWork, announce }: Props) {
  const [open, setOpen] = useState<ExportFormat | null>(null);
  const [status, setStatus] = useState('');
  // The native menu's File › Export SVG… (MENU_COMMANDS 'export.svg') opens the same preview.
  useEffect(() => api.onMenuCommand((command) => { if (command === 'export.svg') { setStatus(''); setOpen('svg'); } }), [api]);
  // The sources are rebuilt on every render of the app; the input (and so the preview's
  // export) changes only when a timeline or a title does.
  const { scenario, timeline, title, measured } = written ?? {};
  const { scenario: variantScenario, timeline: variantTimeline, title: variantTitle } = variant ?? {};
  const input = useMemo<ExportInput | null>(() => {
    if (!scenario || !timeline || title === undefined) return null;
    const variantSource = variantScenario && variantTimeline && variantTitle !== undefined
      ? { variant: { scenario: variantScenario, timeline: variantTimeline, title: variantTitle } }
      : {};
    return { scenario, timeline, title, measured: measured ?? null, ...variantSource };
  }, [scenario, timeline, title, measured, variantScenario, variantTimeline, variantTitle]);
  const name = fileSlug(written?.scenario.name ?? 'looplab');

  /** In the dialog when it is open, else in the app's toast. */
  const say = (text: string, tone: 'info' | 'error' = 'info') => (open ? setStatus(text) : announce(text, tone));
  const copy = async (svg: string) => {
    try {
      await navigator.clipboard.writeText(svg);
      say(`SVG copied to the clipboard (${Math.ceil(svg.length / 1024).toLocaleString('en-US')} KB): paste it into a document or a slide.`);
    } catch {
      say('The clipboard is not available here: use Export SVG.', 'error');
    }
  };
  const save = async (request: SaveRequest) => {
    try {
      const bytes = request.format === 'png' ? await svgToPng(request.svg, request.scale)
        : request.format === 'trace' ? JSON.stringify(request.trace) : request.svg;
      const result = await api.exportFile(bytes, `${name}${request.format === 'trace' ? '.trace.json' : `.${request.format}`}`);
      say(result.ok ? `Saved ${result.path}.` : result.canceled ? '' : `Could not save: ${result.error}`, result.ok || result.canceled ? 'info' : 'error');
    } catch (e) {
      say(`Could not export: ${e instanceof Error ? e.message : String(e)}`, 'error');
    }
  };

  // Until the first chart is simulated there is nothing to export: the items say so.
  const waiting = input ? {} : { disabled: 'The charts are not drawn yet.' };
  const items: MenuItem[] = [
    { label: 'Export SVG…', run: () => { setStatus(''); setOpen('svg'); }, ...waiting },
    { label: 'Export PNG…', run: () => { setStatus(''); setOpen('png'); }, ...waiting },
    { label: 'Copy SVG', run: () => { if (input) void copy(exportSvg(input, { charts: variant ? 'both' : 'main', axes: variant && ownAxes ? 'own' : 'shared', view, chef, serverWork })); }, ...waiting,
      title: 'The diagram as SVG text on the clipboard, to paste into a document or a slide' },
    { label: 'Export trace JSON…', run: () => { if (input) void save({ format: 'trace', trace: exportTrace(input.scenario, input.timeline) }); }, ...waiting,
      separatorBefore: true, title: 'The timeline in Chrome\'s Trace Event Format: open it in Perfetto or chrome://tracing' },
  ];

  return (
    <>
      <MenuButton label="Export" items={items} />
      {open && input && (
        <ExportDialog input={input} format={open} view={view} chef={chef} serverWork={serverWork} zoom={[viewport.start, viewport.end]} variantZoom={[variantViewport.start, variantViewport.end]} ownAxes={variant !== null && ownAxes} status={status}
          onSave={(request) => void save(request)} onCopy={(svg) => void copy(svg)} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
