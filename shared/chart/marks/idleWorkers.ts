/** The reason an empty worker lane is empty, written in it (idleWorkers.ts says why). */
import type { ChartLayout } from '../layout';
import type { IdleWorkerNote } from '../idleWorkers';
import { themeColours, type ChartTheme } from '../states';
import { CENTRED_DY, textEl, type SvgNode } from '../svgNodes';
import { fitText } from '../textFit';

const FONT = 14;

/** Text in each idle worker's event-loop row, in plot coordinates (y shifted by -scrollY). */
export function idleWorkerNodes(layout: ChartLayout, notes: readonly IdleWorkerNote[], scrollY: number, plotWidth: number, theme: ChartTheme, textScale = 1): SvgNode[] {
  if (notes.length === 0) return [];
  const colours = themeColours(theme);
  const size = FONT * textScale;
  const nodes: SvgNode[] = [];
  for (const note of notes) {
    const row = loopRowOf(layout, note.worker);
    if (!row) continue;
    const text = fitText(note.short, plotWidth - 16 * textScale, size);
    if (!text) continue;
    nodes.push(textEl(text, {
      x: 8 * textScale, y: row.y - scrollY + row.height / 2, dy: CENTRED_DY, 'font-size': size, 'font-style': 'italic', fill: colours.mutedText,
    }, `idle-${note.worker}`));
  }
  return nodes;
}

/** The event-loop row of `worker`, if the layout shows one. */
export function loopRowOf(layout: ChartLayout, worker: number): ChartLayout['rows'][number] | undefined {
  return layout.rows.find((r) => r.kind === 'loop' && r.worker === worker);
}
