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
import type { ChartView, Viewport } from '../seams/chart';
import { ExportDialog, type ExportFormat } from './ExportDialog';
import { fileSlug, svgToPng } from './rasterisePng';
import './export.css';

export interface ExportSource {
  scenario: Scenario;
  timeline: Timeline;
  title: string;
}

interface Props {
  api: LoopLabApi;
  written: ExportSource | null;
  variant: ExportSource | null;
  viewport: Viewport;
  view: ChartView;
  chef: boolean;
}

export function ExportButtons({ api, written, variant, viewport, view, chef }: Props) {
  const [open, setOpen] = useState<ExportFormat | null>(null);
  const [status, setStatus] = useState('');
  // The native menu's File › Export SVG… (MENU_COMMANDS 'export.svg') opens the same preview.
  useEffect(() => api.onMenuCommand((command) => { if (command === 'export.svg') { setStatus(''); setOpen('svg'); } }), [api]);
  // The sources are rebuilt on every render of the app; the input (and so the preview's
  // export) changes only when a timeline or a title does.
  const { scenario, timeline, title } = written ?? {};
  const { scenario: variantScenario, timeline: variantTimeline, title: variantTitle } = variant ?? {};
  const input = useMemo<ExportInput | null>(() => {
    if (!scenario || !timeline || title === undefined) return null;
    const variantSource = variantScenario && variantTimeline && variantTitle !== undefined
      ? { variant: { scenario: variantScenario, timeline: variantTimeline, title: variantTitle } }
      : {};
    return { scenario, timeline, title, ...variantSource };
  }, [scenario, timeline, title, variantScenario, variantTimeline, variantTitle]);
  if (!written || !input) return null;
  const name = fileSlug(written.scenario.name);

  const copy = async (svg: string) => {
    try {
      await navigator.clipboard.writeText(svg);
      setStatus('SVG copied to the clipboard.');
    } catch {
      setStatus('The clipboard is not available here: use Export SVG.');
    }
  };
  const save = async (format: ExportFormat | 'trace', data: string | Uint8Array | object) => {
    try {
      const bytes = format === 'png' ? await svgToPng(data as string, 2) : format === 'trace' ? JSON.stringify(data) : (data as string);
      const result = await api.exportFile(bytes, `${name}${format === 'trace' ? '.trace.json' : `.${format}`}`);
      setStatus(result.ok ? `Saved ${result.path}.` : result.canceled ? '' : `Could not save: ${result.error}`);
    } catch (e) {
      setStatus(`Could not export: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="tool-group" role="group" aria-label="Export">
      <button type="button" onClick={() => { setStatus(''); setOpen('svg'); }}>Export SVG</button>
      <button type="button" onClick={() => { setStatus(''); setOpen('png'); }}>Export PNG</button>
      <button type="button" onClick={() => void copy(exportSvg(input, { charts: variant ? 'both' : 'main', view, chef }))}>Copy SVG</button>
      {open && (
        <ExportDialog input={input} format={open} view={view} chef={chef} zoom={[viewport.start, viewport.end]} status={status}
          onSave={(format, data) => void save(format, data)} onCopy={(svg) => void copy(svg)} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}
