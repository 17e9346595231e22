/**
 * "Export SVG", "Export PNG" and "Copy SVG" for the toolbar. The diagram comes from the
 * pure shared export (the same code as `looplab export`); this only wires it to
 * the preview, the clipboard and the host's save.
 */
import { useEffect, useMemo, useState } from 'react';
import type { LoopLabApi } from '../../../shared/ipc/contract';
import type { Scenario } from '../../../shared/scenario/types';
import type { Timeline } from '../../../shared/engine/timeline';
import { exportSvg } from '../../../shared/export/exportSvg';
import type { ExportInput } from '../../../shared/export/options';
import type { ChartView, MeasuredOverlay, Viewport } from '../seams/chart';
import { ExportDialog, type ExportFormat, type SaveRequest } from './ExportDialog';
import { fileSlug, svgToPng } from './rasterisePng';
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
  view: ChartView;
  chef: boolean;
  /** The charts' Show server work option: the dialog's starting value, and what Copy SVG draws. */
  serverWork: boolean;
  /** The app's toast and live region (useDocument's announce). */
  announce: (text: string, tone?: 'info' | 'error') => void;
}

export function ExportButtons({ api, written, variant, viewport, view, chef, serverWork, announce }: Props) {
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
  if (!written || !input) return null;
  const name = fileSlug(written.scenario.name);

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

  return (
    <div className="tool-group" role="group" aria-label="Export">
      <button type="button" onClick={() => { setStatus(''); setOpen('svg'); }}>Export SVG</button>
      <button type="button" onClick={() => { setStatus(''); setOpen('png'); }}>Export PNG</button>
      <button type="button" onClick={() => void copy(exportSvg(input, { charts: variant ? 'both' : 'main', view, chef, serverWork }))}>Copy SVG</button>
      {open && (
        <ExportDialog input={input} format={open} view={view} chef={chef} serverWork={serverWork} zoom={[viewport.start, viewport.end]} status={status}
          onSave={(request) => void save(request)} onCopy={(svg) => void copy(svg)} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}
