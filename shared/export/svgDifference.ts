/**
 * Where two SVG texts differ, readable: an export is one long line, so a failed golden
 * comparison printed as strings hides the change in thousands of characters. Both are split
 * into one element per line; the first and last lines that differ are shown with a little
 * context, as a unified diff does.
 */

/** One element (or text run) per line: a line break before every `<` that follows a `>`. */
export function svgLines(svg: string): string[] {
  return svg.replace(/>\s*</g, '>\n<').split('\n');
}

const CONTEXT = 2;
const MAX_SHOWN = 12;

/**
 * A diff of `actual` against `expected`, or null when they are equal.
 * @example
 *   svgDifference('<svg><rect x="1"/></svg>', '<svg><rect x="2"/></svg>');
 *   // "1 element differs (line 2 of 3): …\n- <rect x=\"1\"/>\n+ <rect x=\"2\"/>…"
 */
export function svgDifference(expected: string, actual: string): string | null {
  if (expected === actual) return null;
  const a = svgLines(expected);
  const b = svgLines(actual);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const removed = a.slice(head, a.length - tail);
  const added = b.slice(head, b.length - tail);
  const changed = Math.max(removed.length, added.length);
  const clip = (lines: string[], sign: string) => [
    ...lines.slice(0, MAX_SHOWN).map((l) => `${sign} ${l}`),
    ...(lines.length > MAX_SHOWN ? [`${sign} … ${lines.length - MAX_SHOWN} more`] : []),
  ];
  const before = a.slice(Math.max(0, head - CONTEXT), head).map((l) => `  ${l}`);
  const after = a.slice(a.length - tail, a.length - tail + CONTEXT).map((l) => `  ${l}`);
  return [
    `${changed === 1 ? '1 element differs' : `${changed} elements differ`} (from line ${head + 1}; the golden has ${a.length} lines, the new export ${b.length}):`,
    ...(head > CONTEXT ? ['  …'] : []),
    ...before,
    ...clip(removed, '-'),
    ...clip(added, '+'),
    ...after,
    ...(tail > CONTEXT ? ['  …'] : []),
  ].join('\n');
}
