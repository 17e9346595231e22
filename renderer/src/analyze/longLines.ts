/**
 * A line of code the panel draws in full only up to a length: Chromium lays out, paints and
 * rasterises a `white-space: pre` line whole, and one of a million characters (a minified
 * bundle, a data blob) stalled every frame for seconds. Past the length the line says how many
 * characters are not shown; the file itself, the analysis and Edit code keep every character.
 */
export const MAX_SHOWN_LINE_CHARS = 1_000;

export interface Run { from: number; to: number; kind: string }

/** The part of a line the panel draws, its highlight runs cut to it, and how many characters are left out. */
export function shownPart(text: string, runs: readonly Run[] | undefined, max = MAX_SHOWN_LINE_CHARS): { text: string; runs: Run[] | undefined; hidden: number } {
  if (text.length <= max) return { text, runs: runs ? [...runs] : undefined, hidden: 0 };
  const cut = runs?.filter((r) => r.from < max).map((r) => ({ ...r, to: Math.min(r.to, max) }));
  return { text: text.slice(0, max), runs: cut, hidden: text.length - max };
}
