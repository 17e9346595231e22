/** The reason an empty worker lane is empty, written in it (idleWorkers.ts says why). */
import type { ChartLayout } from '../layout';
import type { IdleWorkerNote } from '../idleWorkers';
import { themeColours, type ChartTheme } from '../states';
import { CENTRED_DY, textEl, type SvgNode } from '../svgNodes';
import { fitText, textWidth, wrapText } from '../textFit';

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
    // As many lines as the row holds where one does not fit: in a 480 px export one line read
    // "No requests: worker 0 was alw…", the reason cut off before it was given.
    const width = plotWidth - 16 * textScale;
    const line = size * 1.2;
    const room = Math.min(3, Math.floor((row.height - 4) / line));
    const lines = textWidth(note.short, size) > width && room >= 2 ? wrapText(note.short, width, size, false, room) : [fitText(note.short, width, size)];
    if (!lines[0]) continue;
    const first = row.y - scrollY + row.height / 2 - ((lines.length - 1) * line) / 2;
    lines.forEach((text, i) => nodes.push(textEl(text, {
      x: 8 * textScale, y: first + i * line, dy: CENTRED_DY, 'font-size': size, 'font-style': 'italic', fill: colours.mutedText,
    }, i === 0 ? `idle-${note.worker}` : `idle-${note.worker}-${i}`)));
  }
  return nodes;
}

/** The event-loop row of `worker`, if the layout shows one. */
export function loopRowOf(layout: ChartLayout, worker: number): ChartLayout['rows'][number] | undefined {
  return layout.rows.find((r) => r.kind === 'loop' && r.worker === worker);
}
