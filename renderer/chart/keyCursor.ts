/**
 * The chart's keyboard cursor. Pointing at a row's name or a legend item says what it means
 * (shared/chart/meanings.ts); a keyboard or screen reader user needs the same words. A Tab stop
 * per row would put a hundred stops (ten thousand in the requests view) between the toolbar and
 * the second chart, so the chart stays one stop and, like a grid, its arrows move a cursor
 * inside it: ↓ ↑ go through the rows and, above the first row, the legend's items. The item
 * gets a focus ring and the pointer's tooltip, and its words go to a polite live region.
 */

/** What the cursor is on, by identity so that it stays on the same item when the chart is laid out again. */
export interface CursorSpot {
  /** 'legend:<state or blocked>' or 'row:<row key>'. */
  id: string;
  /** Its place in the list (legend items, then rows), used when that item is gone. */
  at: number;
}

/**
 * The keys the cursor answers to: the rest (zoom, pan, Escape) stay the chart's. Not Page Up
 * and Page Down: they are a presenter's clicker, which steps the playback even when a chart
 * was clicked and has focus.
 */
export const CURSOR_KEYS = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * Where a key moves the cursor, as a place in [legend items…, rows…]. With no cursor yet, ↓ and ↑
 * start at the first row (the rows are what the chart is about; the legend is one ↑ above it).
 * Home and End go to the first and last row. A chart with nothing in it keeps no cursor.
 */
export function moveCursor(at: number | null, key: string, counts: { legend: number; rows: number }): number | null {
  const total = counts.legend + counts.rows;
  if (total === 0) return null;
  const firstRow = Math.min(counts.legend, total - 1);
  const clamp = (n: number) => Math.max(0, Math.min(total - 1, n));
  if (at === null) return key === 'End' ? total - 1 : firstRow;
  switch (key) {
    case 'ArrowDown': return clamp(at + 1);
    case 'ArrowUp': return clamp(at - 1);
    case 'Home': return firstRow;
    case 'End': return total - 1;
    default: return clamp(at);
  }
}

/** The cursor's place now: its item where it still is, else the same place clamped to the list. */
export function resolveCursor(spot: CursorSpot, ids: readonly string[]): number | null {
  if (ids.length === 0) return null;
  const same = ids.indexOf(spot.id);
  return same >= 0 ? same : Math.min(spot.at, ids.length - 1);
}

/** The ring and the live region the cursor draws with (inside the chart's root, which owns them). */
export interface CursorMarks {
  ring: HTMLDivElement;
  live: HTMLDivElement;
}

export function createCursorMarks(root: HTMLElement): CursorMarks {
  const ring = document.createElement('div');
  ring.setAttribute('aria-hidden', 'true');
  ring.style.cssText = 'position:absolute;display:none;pointer-events:none;border:3px solid;border-radius:4px;box-sizing:border-box;';
  const live = document.createElement('div');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  // Visually hidden, still read: the words are on screen in the tooltip.
  live.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;';
  root.append(ring, live);
  return { ring, live };
}

/** Draw the ring around a box (root coordinates) in this colour, or hide it (null). */
export function placeRing(ring: HTMLDivElement, box: { x: number; y: number; width: number; height: number } | null, colour: string): void {
  if (!box) { ring.style.display = 'none'; return; }
  Object.assign(ring.style, { display: 'block', left: `${box.x}px`, top: `${box.y}px`, width: `${box.width}px`, height: `${box.height}px`, borderColor: colour });
}
