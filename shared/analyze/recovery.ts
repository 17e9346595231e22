/**
 * Half-typed code: keep what parses, say where what does not.
 *
 * tree-sitter recovers from most slips on its own, but some (an unclosed bracket, a `def`
 * without its colon) make it misread everything after them: the rest of the file becomes
 * the bracket's inside, or a decorator lands in an ERROR node apart from its function. A
 * `def`, `async def`, `class` or decorator at column 0 always starts a top-level statement in
 * correct code, so the analyser parses the file again from the first such line after the
 * start of an error, and keeps the new reading of everything from there on. Bounded: at most
 * MAX_REPARSES times, and at most REPARSE_FACTOR × the file's length parsed again in all.
 * Each error is then said once, at the slip itself (`syntaxPlace.ts`).
 */
import type { Diagnostic } from './diagnostics';
import { copyTree, type LineIndex, type PyNode, type PythonParser, type SyntaxLanguage } from './syntax';
import { placeSlip, type Slip } from './syntaxPlace';

const MAX_REPARSES = 20;
const REPARSE_FACTOR = 4;
/** A line that starts a top-level definition. */
const TOP_LEVEL_START = /^(?:@|async[ \t]+def[ \t]|def[ \t]|class[ \t])/;

export function parseWithRecovery(text: string, parser: PythonParser, language: SyntaxLanguage): { root: PyNode; tooDeep: PyNode | null; hasError: boolean } | null {
  const first = parsePiece(text, 0, parser, language);
  if (first === null) return null;
  const root = first.root;
  let tooDeep = first.tooDeep;
  // Most files parse cleanly: nothing to recover, and no tree to search for errors.
  if (!first.hasError) return { root, tooDeep, hasError: false };
  let budget = { reparses: MAX_REPARSES, chars: REPARSE_FACTOR * Math.max(text.length, 1000) };
  let after = -1;
  for (;;) {
    const restart = firstRestart(root, text, after);
    if (restart === -1 || budget.reparses <= 0 || budget.chars < text.length - restart) break;
    budget = { reparses: budget.reparses - 1, chars: budget.chars - (text.length - restart) };
    const tail = parsePiece(text.slice(restart), restart, parser, language);
    if (tail === null) break;
    const kept = root.children.filter((c) => c.start < restart).map((c) => clip(c, restart));
    root.children.splice(0, root.children.length, ...kept, ...tail.root.children);
    if (tooDeep !== null && tooDeep.start >= restart) tooDeep = null;
    tooDeep ??= tail.tooDeep;
    after = restart;
  }
  return { root, tooDeep, hasError: true };
}

/** The first line after `after` that starts a top-level definition inside or after an error's start; -1 if none. */
function firstRestart(root: PyNode, text: string, after: number): number {
  let found = -1;
  const visit = (node: PyNode): boolean => {
    for (const child of node.children) {
      if (child.end <= after) continue;
      if (child.error === 'error') {
        const at = nextTopLevelStart(text, Math.max(child.start, after), text.length);
        if (at !== -1) { found = at; return true; }
        continue;
      }
      if (child.children.length > 0 && hasError(child) && visit(child)) return true;
    }
    return false;
  };
  visit(root);
  return found;
}

/** A copy of `node` cut at `end`: what lies beyond is read again. */
function clip(node: PyNode, end: number): PyNode {
  if (node.end <= end) return node;
  return { ...node, end, children: node.children.filter((c) => c.start < end).map((c) => clip(c, end)) };
}

function parsePiece(text: string, offset: number, parser: PythonParser, language: SyntaxLanguage): { root: PyNode; tooDeep: PyNode | null; hasError: boolean } | null {
  const tree = parser.parse(text);
  if (tree === null) return null;
  try {
    return copyTree(tree, language, offset);
  } finally {
    tree.delete();
  }
}

const errorMemo = new WeakMap<PyNode, boolean>();

function hasError(node: PyNode): boolean {
  let known = errorMemo.get(node);
  if (known === undefined) {
    known = node.error !== undefined || node.children.some(hasError);
    errorMemo.set(node, known);
  }
  return known;
}

/** The first line start after the line of `from` and before `to` that begins a top-level definition, or -1. */
function nextTopLevelStart(text: string, from: number, to: number): number {
  for (let i = text.indexOf('\n', from); i !== -1 && i + 1 < to; i = text.indexOf('\n', i + 1)) {
    if (TOP_LEVEL_START.test(text.slice(i + 1, i + 12))) return i + 1;
  }
  return -1;
}

/** The outermost ERROR nodes and the missing tokens, as diagnostics (at most `max`, then a count). */
export function syntaxProblems(root: PyNode, lines: LineIndex, max: number): Diagnostic[] {
  const found: PyNode[] = [];
  // Each error's top-level statement, where reading its characters starts (tree-sitter knows where strings are; a line of text does not).
  const statement = new Map<PyNode, number>();
  const visit = (node: PyNode, from: number) => {
    for (const child of node.children) {
      const start = node === root ? child.start : from;
      if (child.error !== undefined) { found.push(child); statement.set(child, start); }
      else if (child.children.length > 0 && hasError(child)) visit(child, start);
    }
  };
  visit(root, 0);
  // Reading again from a line cuts one slip in two (the decorator, then its def): one span, one error.
  for (let i = found.length - 1; i > 0; i--) {
    const [a, b] = [found[i - 1]!, found[i]!];
    if (a.error === 'error' && b.error === 'error' && a.end <= b.start && lines.text.slice(a.end, b.start).trim() === '') {
      const merged = { ...a, end: b.end, children: [...a.children, ...b.children] };
      statement.set(merged, statement.get(a) ?? a.start);
      found.splice(i - 1, 2, merged);
    }
  }
  // Errors on touching lines are one slip read in pieces (Python, too, names one error there).
  const lastLine = (node: PyNode) => {
    const end = lines.position(node.end);
    return end.column === 1 && end.line > lines.position(node.start).line ? end.line - 1 : end.line;
  };
  const groups: PyNode[][] = [];
  for (const node of found) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (last?.error === 'error' && node.error === 'error' && lines.position(node.start).line <= lastLine(last) + 1) group!.push(node);
    else groups.push([node]);
  }
  const diagnostics = groups.slice(0, max).map((group): Diagnostic => {
    const first = group[0]!;
    const start = lines.position(first.start);
    const end = lines.position(group[group.length - 1]!.end);
    const through = lastLine(group[group.length - 1]!);
    // Point at the slip itself where the characters show it, not where tree-sitter's reading stopped making sense.
    let slip: Slip | null = null;
    for (const node of group) if (slip === null && node.error === 'error') slip = placeSlip(lines, node, statement.get(node) ?? node.start);
    const at = slip ? lines.position(slip.at) : start;
    const message = first.error === 'missing'
      ? `syntax error: ${describeMissing(first.type)} expected in ${quote(lines.lineText(at.line))}`
      : slip
        ? `syntax error: ${slip.what} ${quote(lines.lineText(at.line))}; LoopLab cannot read ${through > start.line ? `lines ${start.line}–${through}` : `line ${start.line}`}, so routes there are skipped and the rest of the file is read`
        : `syntax error: LoopLab cannot read ${quote(lines.text.slice(first.start, group[group.length - 1]!.end))}${through > start.line ? ` (lines ${start.line}–${through})` : ''}; routes there are skipped, the rest of the file is read`;
    // A span that ends at the start of a line ends with the line before (the panel lights the lines the message names).
    const endColumn = through === end.line ? end.column : lines.lineText(through).length + 1;
    return { line: at.line, column: at.column, endLine: through, endColumn, severity: 'error', code: 'LOOP001', message, fixes: [] };
  });
  if (groups.length > max) {
    const next = lines.position(groups[max]![0]!.start);
    diagnostics.push({ line: next.line, column: next.column, endLine: next.line, endColumn: next.column, severity: 'error', code: 'LOOP001', message: `${groups.length - max} more syntax errors from here on`, fixes: [] });
  }
  return diagnostics;
}

function describeMissing(type: string): string {
  return /^[a-z_]+$/.test(type) ? `a ${type.replace(/_/g, ' ')}` : `"${type}"`;
}

function quote(text: string): string {
  const first = text.split('\n').map((l) => l.trim()).find((l) => l !== '');
  if (first === undefined) return 'the code here';
  return `"${first.length <= 40 ? first : `${first.slice(0, 39)}…`}"`;
}
