/**
 * The keyboard cursor on a drawn chart: where it is after a new layout, its ring, tooltip and
 * announcement, moving it (and scrolling the rows to it), and Enter on a request. The rules of
 * where a key moves it are keyCursor.ts's; this module applies them to the chart as drawn, so
 * the chart (gantt.ts) only tells it when it draws and hands it the cursor keys.
 */
import type { ChartLayout } from '../../shared/chart/layout';
import type { ChartTheme } from '../../shared/chart/states';
import { blockedLabel, stateName, themeColours } from '../../shared/chart/states';
import { legendMeaning, rowMeaning } from '../../shared/chart/meanings';
import type { SegmentState } from '../../shared/engine/timeline';
import type { ChartDom } from './chartDom';
import type { ChartFrame } from './chartPainter';
import { createCursorMarks, moveCursor, placeRing, resolveCursor, type CursorSpot } from './keyCursor';

export interface ChartCursorHost {
  dom: Pick<ChartDom, 'root' | 'header' | 'tooltip'>;
  /** The layout and frame drawn now (null before the first draw). */
  drawn: () => { layout: ChartLayout; frame: ChartFrame } | null;
  settings: () => { chef: boolean; theme: ChartTheme; textScale?: number; selectedRequest: number | null };
  showTooltip: (lines: string[], clientX: number, clientY: number, theme: ChartTheme, textScale: number) => void;
  /** Scroll the rows so that this layout y is at the plot's top, and draw (which places the cursor again). */
  scrollTo: (y: number) => void;
  /** As a click on a request's name: select it, or clear the selection (null). */
  selectRequest: (id: number | null) => void;
}

export interface ChartCursor {
  /** Whether the cursor shows (the chart has focus and a cursor key was pressed since). */
  readonly shown: boolean;
  /** Put the ring, tooltip and announcement where the cursor's item is drawn now (after a draw). */
  place: () => void;
  hide: () => void;
  /** A cursor key (keyCursor.ts's CURSOR_KEYS). */
  move: (key: string) => void;
  /** Enter: highlight the request under the cursor, or clear it when it was highlighted. */
  activate: () => void;
  detach: () => void;
}

export function attachChartCursor(host: ChartCursorHost): ChartCursor {
  const { dom } = host;
  const marks = createCursorMarks(dom.root);
  let spot: CursorSpot | null = null;
  /** The layout the spot's place was found in: a new one may have the item elsewhere, or not at all. */
  let spotLayout: ChartLayout | null = null;
  let shown = false;

  /** The legend's items as the header lists them (the measured outline has no meaning to give). */
  const legendKeys = (layout: ChartLayout): (SegmentState | 'blocked')[] => [...layout.states, ...(layout.blocked.length > 0 ? ['blocked' as const] : [])];
  const ids = (layout: ChartLayout): string[] => [...legendKeys(layout).map((k) => `legend:${k}`), ...layout.rows.map((r) => `row:${r.key}`)];

  /** The cursor's place in [legend items…, rows…] of this layout, found again after a new layout. */
  const placeIn = (layout: ChartLayout): number | null => {
    if (!spot) return null;
    if (spotLayout !== layout) {
      const list = ids(layout);
      const at = resolveCursor(spot, list);
      if (at === null) return null;
      spot = { id: list[at]!, at };
      spotLayout = layout;
    }
    return spot.at;
  };

  const hide = () => {
    shown = false;
    placeRing(marks.ring, null, '');
    dom.tooltip.style.display = 'none';
    marks.live.textContent = '';
  };

  const place = () => {
    const now = host.drawn();
    const at = now ? placeIn(now.layout) : null;
    if (at === null || !now) { hide(); return; }
    const { layout, frame } = now;
    const { chef, theme, textScale } = host.settings();
    const legend = legendKeys(layout);
    const root = dom.root.getBoundingClientRect();
    let lines: string[];
    let spoken: string;
    let ring: { x: number; y: number; width: number; height: number } | null;
    if (at < legend.length) {
      const key = legend[at]!;
      const name = key === 'blocked' ? blockedLabel(chef) : stateName(key, chef);
      lines = [name, legendMeaning(key, chef)];
      spoken = `Legend, ${name}: ${lines[1]}`;
      // Beside a lesson the legend is the shared key, not drawn here: the tooltip alone, at the chart's top.
      const item = dom.header.querySelector(`[data-legend="${key}"]`)?.getBoundingClientRect();
      ring = item ? { x: item.left - root.left - 5, y: item.top - root.top - 3, width: item.width + 10, height: item.height + 6 } : null;
    } else {
      const index = at - legend.length;
      const row = layout.rows[index]!;
      lines = [row.label, rowMeaning(row.kind, chef)];
      spoken = `${row.label}, row ${index + 1} of ${layout.rows.length}: ${lines[1]}`;
      ring = { x: 4, y: frame.plotTop + row.y - frame.scrollY, width: frame.plotLeft - 8, height: row.height };
    }
    placeRing(marks.ring, ring, themeColours(theme).selection);
    // A row's tooltip beside its name, over the bars (under it, it hid the next rows' names); a legend item's under it.
    // showTooltip sets the box 16 px right of and 18 px below the point it is given.
    const tipAt = !ring ? { x: 14, y: frame.plotTop } : at < legend.length ? { x: ring.x, y: ring.y + ring.height + 4 } : { x: ring.x + ring.width + 8, y: ring.y };
    host.showTooltip(lines, root.left + tipAt.x - 16, root.top + tipAt.y - 18, theme, textScale ?? 1);
    // No room below a low row: the box ends level with the row, not a pointer's height above it.
    if (ring && at >= legend.length && dom.tooltip.offsetTop < ring.y) dom.tooltip.style.top = `${Math.max(0, ring.y + ring.height - dom.tooltip.offsetHeight)}px`;
    if (marks.live.textContent !== spoken) marks.live.textContent = spoken;
  };

  const move = (key: string) => {
    const now = host.drawn();
    if (!now) return;
    const { layout, frame } = now;
    const legend = legendKeys(layout).length;
    const at = moveCursor(placeIn(layout), key, { legend, rows: layout.rows.length });
    if (at === null) return;
    spot = { id: ids(layout)[at]!, at };
    spotLayout = layout;
    shown = true;
    // A row off screen scrolls into view: the cursor is also how a keyboard scrolls the rows.
    const row = at >= legend ? layout.rows[at - legend] : undefined;
    const top = row ? Math.min(frame.scrollY, row.y) : frame.scrollY;
    const scrollTo = row ? Math.max(top, row.y + row.height - frame.plotHeight) : top;
    if (scrollTo !== frame.scrollY) host.scrollTo(scrollTo); else place();
  };

  const activate = () => {
    const now = host.drawn();
    const at = shown && now ? placeIn(now.layout) : null;
    const row = at === null || !now ? undefined : now.layout.rows[at - legendKeys(now.layout).length];
    if (row?.request == null) return;
    const { selectedRequest } = host.settings();
    host.selectRequest(row.request === selectedRequest ? null : row.request); // as a click on its name
  };

  dom.root.addEventListener('blur', hide);
  return {
    get shown() { return shown; },
    place,
    hide,
    move,
    activate,
    detach: () => dom.root.removeEventListener('blur', hide),
  };
}
