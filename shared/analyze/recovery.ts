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
 */
import type { Diagnostic } from './diagnostics';
import { copyTree, type LineIndex, type PyNode, type PythonParser, type SyntaxLanguage } from './syntax';

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
  const visit = (node: PyNode) => {
    for (const child of node.children) {
      if (child.error !== undefined) found.push(child);
      else if (child.children.length > 0 && hasError(child)) visit(child);
    }
  };
  visit(root);
  // Reading again from a line cuts one slip in two (the decorator, then its def): one span, one error.
  for (let i = found.length - 1; i > 0; i--) {
    const [a, b] = [found[i - 1]!, found[i]!];
    if (a.error === 'error' && b.error === 'error' && a.end <= b.start && lines.text.slice(a.end, b.start).trim() === '') {
      found.splice(i - 1, 2, { ...a, end: b.end, children: [...a.children, ...b.children] });
    }
  }
  const diagnostics = found.slice(0, max).map((node): Diagnostic => {
    const start = lines.position(node.start);
    const end = lines.position(node.end);
    const lastLine = end.column === 1 && end.line > start.line ? end.line - 1 : end.line;
    const message = node.error === 'missing'
      ? `syntax error: ${describeMissing(node.type)} expected here`
      : `syntax error: LoopLab cannot read ${quote(lines.text.slice(node.start, node.end))}${lastLine > start.line ? ` (lines ${start.line}–${lastLine})` : ''}; routes there are skipped, the rest of the file is read`;
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, severity: 'error', code: 'LOOP001', message, fixes: [] };
  });
  if (found.length > max) {
    const next = lines.position(found[max]!.start);
    diagnostics.push({ line: next.line, column: next.column, endLine: next.line, endColumn: next.column, severity: 'error', code: 'LOOP001', message: `${found.length - max} more syntax errors from here on`, fixes: [] });
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
