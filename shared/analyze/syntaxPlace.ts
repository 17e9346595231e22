/**
 * Where in a span tree-sitter could not read the slip most likely is, and what it is, the way
 * Python's own messages put it: a bracket that does not match the one it closes, a `def`,
 * `class`, `if`… line without its colon, a token out of place (the first error tree-sitter
 * found inside the span), or a bracket never closed (when the reading went wrong on a later
 * line than the bracket, as it does when the rest of the file became the bracket's inside).
 * tree-sitter's error spans start where its reading stopped making sense, often lines before
 * the slip (at the decorator of a def with a broken signature); these are read from the
 * characters, so a long span costs one pass over it.
 */
import { nodeText, type LineIndex, type PyNode } from './syntax';

export interface Slip {
  /** Where it is, as a string index. */
  readonly at: number;
  /** What it is, in plain words, to be followed by the line quoted (`"(" is never closed in`). */
  readonly what: string;
}

const HEADER = /^(?:async\s+)?(?:def|class|if|elif|else|for|while|with|try|except|finally)\b/;
const OPENS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSES = new Set([')', ']', '}']);

/** The slip in the unreadable span `error`; null when the characters show none (then the span's start is all LoopLab can say). */
export function placeSlip(lines: LineIndex, error: PyNode, statementStart: number): Slip | null {
  const text = lines.text;
  const lineOf = (at: number) => lines.position(at).line;
  const inner = firstInnerError(error);
  const stack: { char: string; at: number }[] = [];
  let stackAtInner: { char: string; at: number }[] | null = null;
  let found: Slip | null = null;
  // From the top-level statement the span is in: a bracket opened lines above it is then seen opening.
  const errorLine = text.lastIndexOf('\n', error.start - 1) + 1;
  let lineStart = Math.min(statementStart, errorLine);
  // Lines above the span parsed: what the scan makes of them is context (a bracket they open), never the slip.
  const slip = (s: Slip | null) => (s !== null && s.at >= errorLine ? s : null);
  let colonAtTop = false;
  const end = Math.min(error.end, text.length);
  for (let i = lineStart; i < end && found === null; i++) {
    if (inner && stackAtInner === null && i >= inner.start) stackAtInner = [...stack];
    const c = text[i]!;
    if (c === '#') {
      const eol = text.indexOf('\n', i);
      i = (eol === -1 ? end : eol) - 1;
    } else if (c === '"' || c === "'") {
      i = stringEnd(text, i, end) - 1;
    } else if (c === '\\' && text[i + 1] === '\n') {
      i++;
    } else if (c in OPENS) {
      stack.push({ char: c, at: i });
    } else if (CLOSES.has(c)) {
      const open = stack.pop();
      if (!open) found = slip({ at: i, what: `unmatched "${c}" in` });
      else if (OPENS[open.char] !== c) found = slip({ at: i, what: `"${c}" does not match the "${open.char}" it closes in` });
    } else if (c === ':' && stack.length === 0) {
      colonAtTop = true;
    } else if (c === '\n' && stack.length === 0) {
      found = slip(headerWithoutColon(text, lineStart, i, colonAtTop));
      lineStart = i + 1;
      colonAtTop = false;
    }
  }
  if (found === null && stack.length === 0 && lineStart < end) found = slip(headerWithoutColon(text, lineStart, end, colonAtTop));
  if (found !== null && (inner === null || lineOf(found.at) <= lineOf(inner.start))) return found;
  if (inner !== null) {
    const open = (stackAtInner ?? stack).at(-1);
    if (open && lineOf(open.at) < lineOf(inner.start)) return { at: open.at, what: `"${open.char}" is never closed in` };
    const token = nodeText(text, inner).trim().split(/\s+/)[0] ?? '';
    return token === '' ? null : { at: inner.start + nodeText(text, inner).indexOf(token), what: `unexpected "${token.length <= 20 ? token : `${token.slice(0, 19)}…`}" in` };
  }
  const open = stack.at(-1);
  return open ? { at: open.at, what: `"${open.char}" is never closed in` } : null;
}

/** A compound statement's first line (`async def a()`) ending without its colon: the colon's place. */
function headerWithoutColon(text: string, from: number, to: number, colonAtTop: boolean): Slip | null {
  if (colonAtTop) return null;
  const line = text.slice(from, to).replace(/#.*$/, '').trimEnd();
  const code = line.trimStart();
  if (!HEADER.test(code)) return null;
  return { at: from + line.length, what: '":" expected at the end of' };
}

/** Where a string that opens at `i` ends (after its closing quote; at a line end for an unclosed one-line string). */
function stringEnd(text: string, i: number, end: number): number {
  const quote = text[i]!;
  const triple = text.startsWith(quote.repeat(3), i);
  const close = triple ? quote.repeat(3) : quote;
  for (let j = i + close.length; j < end; j++) {
    const c = text[j]!;
    if (c === '\\') { j++; continue; }
    if (!triple && c === '\n') return j;
    if (text.startsWith(close, j)) return j + close.length;
  }
  return end;
}

/** The first error tree-sitter found inside `error` (a token it could not place), or null. */
function firstInnerError(error: PyNode): PyNode | null {
  for (const child of error.children) {
    if (child.error === 'error') return child;
    const deeper = firstInnerError(child);
    if (deeper) return deeper;
  }
  return null;
}
