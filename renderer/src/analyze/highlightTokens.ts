/**
 * Syntax highlighting of the source panel, from tree-sitter-python's own highlight query
 * (queries/highlights.scm): captures → a few token kinds, one per span, no overlaps.
 */
export type TokenKind = 'keyword' | 'string' | 'comment' | 'number' | 'function' | 'type' | 'constant';

export interface HighlightToken {
  start: number;
  end: number;
  kind: TokenKind;
}

/** The query's capture names → the kinds the panel colours (variables and punctuation stay plain). */
export function tokenKind(capture: string): TokenKind | null {
  const head = capture.split('.')[0]!;
  switch (head) {
    case 'keyword': return 'keyword';
    case 'string': case 'escape': return 'string';
    case 'comment': return 'comment';
    case 'number': return 'number';
    case 'function': return 'function';
    case 'type': case 'constructor': return 'type';
    case 'constant': return capture === 'constant.builtin' ? 'keyword' : 'constant';
    default: return null;
  }
}

/** One kind per span: sorted by start, a span inside one already kept is dropped (the outer one wins). */
export function flattenTokens(captures: readonly HighlightToken[]): HighlightToken[] {
  const sorted = [...captures].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: HighlightToken[] = [];
  let until = -1;
  for (const t of sorted) {
    if (t.start < until || t.end <= t.start) continue;
    out.push(t);
    until = t.end;
  }
  return out;
}

/** The tokens of each line (1-based index), cut at line ends, with columns relative to the line. */
export function tokensByLine(text: string, tokens: readonly HighlightToken[]): Map<number, { from: number; to: number; kind: TokenKind }[]> {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const byLine = new Map<number, { from: number; to: number; kind: TokenKind }[]>();
  let line = 0;
  for (const t of tokens) {
    while (line + 1 < starts.length && starts[line + 1]! <= t.start) line++;
    for (let l = line; l < starts.length && starts[l]! < t.end; l++) {
      const lineStart = starts[l]!;
      const lineEnd = l + 1 < starts.length ? starts[l + 1]! - 1 : text.length;
      const from = Math.max(t.start, lineStart) - lineStart;
      const to = Math.min(t.end, lineEnd) - lineStart;
      if (to > from) {
        const list = byLine.get(l + 1) ?? [];
        list.push({ from, to, kind: t.kind });
        byLine.set(l + 1, list);
      }
    }
  }
  return byLine;
}
