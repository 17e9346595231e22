/**
 * The Python syntax tree the analyser reads: tree-sitter's, copied once into plain objects.
 *
 * shared/ imports no parser. The host (the CLI in Node, a Web Worker in the app) loads
 * web-tree-sitter with the tree-sitter-python grammar and passes the ready parser in; the
 * interfaces below are the few members of web-tree-sitter's `Parser`, `Tree` and
 * `TreeCursor` this file uses, so any object that has them will do.
 *
 * Why copy: every read of a tree-sitter node crosses into WebAssembly (about a microsecond
 * each). One cursor walk reads each node's type, span and field once; the analysis then runs
 * on plain objects, and the WASM tree is freed before it starts.
 *
 * The copy is then most of what the analysis costs after the parse (about 210,000 cursor calls
 * for a 5,000-line file, each marshalling the cursor in and out of WebAssembly: `npm run bench`
 * prints it). Skipping the reads the grammar implies (a first child's start, an identifier's end,
 * the fields of `call` and `attribute`) was tried: 14% fewer calls saved about 1 ms of the copy's 25,
 * within the noise, so the copy stays free of grammar-specific shortcuts.
 */

/** The members of web-tree-sitter's TreeCursor that the copy reads. */
export interface SyntaxCursor {
  readonly nodeTypeId: number;
  readonly nodeType: string;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly currentFieldId: number;
  readonly nodeIsMissing: boolean;
  gotoFirstChild: () => boolean;
  gotoNextSibling: () => boolean;
  gotoParent: () => boolean;
  delete: () => void;
}

export interface SyntaxTree {
  readonly rootNode: { readonly hasError: boolean; walk: () => SyntaxCursor };
  delete: () => void;
}

export interface SyntaxLanguage {
  readonly types: readonly string[];
  readonly fields: readonly (string | null)[];
  nodeTypeIsNamed: (typeId: number) => boolean;
}

/** A parser whose language is tree-sitter-python: what the host hands the analyser. */
export interface PythonParser {
  readonly language: SyntaxLanguage | null;
  parse: (text: string) => SyntaxTree | null;
}

/** A named node of the tree (punctuation and keywords are left out; see `missing`). */
export interface PyNode {
  readonly type: string;
  /** The field this node fills in its parent (`function`, `arguments`, `body`…), or null. */
  readonly field: string | null;
  /** Span in the source text, as JavaScript string indices. */
  readonly start: number;
  readonly end: number;
  readonly children: PyNode[];
  /** Set on ERROR nodes and on nodes tree-sitter inserted to recover (a missing `)`). */
  readonly error: 'error' | 'missing' | undefined;
}

/** Subtrees not worth copying: a string's pieces (its text is sliced whole) and comments. */
const LEAVES = new Set(['string', 'comment', 'integer', 'float', 'identifier']);

/**
 * Parents whose children the analysis finds by field (`function`, `arguments`, `left`…): other
 * nodes' children are read in order, so their field (one more WASM read each) is not asked.
 */
const FIELD_PARENTS = new Set([
  'call', 'attribute', 'assignment', 'augmented_assignment', 'decorated_definition', 'function_definition', 'class_definition',
  'for_statement', 'for_in_clause', 'with_statement', 'with_item', 'as_pattern', 'keyword_argument', 'typed_parameter',
  'typed_default_parameter', 'default_parameter', 'import_from_statement', 'aliased_import', 'subscript', 'binary_operator',
  'unary_operator', 'lambda', 'generic_type',
]);

/** Types tree-sitter gives to nodes it cannot place. */
const ERROR_TYPE = 'ERROR';

/**
 * Nodes deeper than this are not copied. CPython refuses code nested much less deeply (its
 * parser stops at 200 nested brackets), and every walk over the copy may recurse this deep.
 */
export const MAX_TREE_DEPTH = 400;

/**
 * Copies the tree into PyNodes. `offset` is added to every index, for a piece of a file
 * parsed on its own (see recovery in analyzePython.ts).
 */
export function copyTree(tree: SyntaxTree, language: SyntaxLanguage, offset = 0): { root: PyNode; hasError: boolean; tooDeep: PyNode | null } {
  const hasError = tree.rootNode.hasError;
  const cursor = tree.rootNode.walk();
  const named = namedTable(language);
  const types = language.types;
  const fields = language.fields;
  try {
    const root: PyNode = { type: 'module', field: null, start: cursor.startIndex + offset, end: cursor.endIndex + offset, children: [], error: undefined };
    const stack: PyNode[] = [root];
    let tooDeep: PyNode | null = null;
    if (!cursor.gotoFirstChild()) return { root, hasError, tooDeep };
    for (;;) {
      const parent = stack[stack.length - 1]!;
      const id = cursor.nodeTypeId;
      let node: PyNode | null = null;
      const isNamed = named[id];
      if (isNamed === true || isNamed === undefined) {
        // undefined: an id outside the table, which tree-sitter uses for ERROR nodes.
        const type = isNamed === undefined ? cursor.nodeType : types[id]!;
        const fieldId = FIELD_PARENTS.has(parent.type) ? cursor.currentFieldId : 0;
        // One object shape for every node (error always present) keeps the walks monomorphic.
        node = {
          type, field: fieldId > 0 ? fields[fieldId] ?? null : null,
          start: cursor.startIndex + offset, end: cursor.endIndex + offset, children: [],
          error: type === ERROR_TYPE ? 'error' : hasError && cursor.nodeIsMissing ? 'missing' : undefined,
        };
        parent.children.push(node);
      } else if (hasError && cursor.nodeIsMissing) {
        // A missing `)` or `:` is an anonymous node: kept, so the message can name it.
        parent.children.push({ type: cursor.nodeType, field: null, start: cursor.startIndex + offset, end: cursor.endIndex + offset, children: [], error: 'missing' });
      }
      if (node !== null && !LEAVES.has(node.type)) {
        if (stack.length >= MAX_TREE_DEPTH) tooDeep ??= node;
        else if (cursor.gotoFirstChild()) {
          stack.push(node);
          continue;
        }
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent() || stack.length === 1) return { root, hasError, tooDeep };
        stack.pop();
      }
    }
  } finally {
    cursor.delete();
  }
}

const namedTables = new WeakMap<SyntaxLanguage, boolean[]>();

/** Whether each node type id is named, asked once per language. */
function namedTable(language: SyntaxLanguage): boolean[] {
  let table = namedTables.get(language);
  if (table === undefined) {
    table = language.types.map((_, id) => language.nodeTypeIsNamed(id));
    namedTables.set(language, table);
  }
  return table;
}

/** The first child filling `field`, or null. */
export function fieldOf(node: PyNode, field: string): PyNode | null {
  for (const child of node.children) if (child.field === field) return child;
  return null;
}

/** Every child filling `field`. */
export function fieldsOf(node: PyNode, field: string): PyNode[] {
  return node.children.filter((c) => c.field === field);
}

/** The first child of one of these types, or null. */
export function childOfType(node: PyNode, ...types: string[]): PyNode | null {
  for (const child of node.children) if (types.includes(child.type)) return child;
  return null;
}

/** Line and column (both from 1) of string indices, from a table of line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line and column of `index`. */
  position(index: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - this.starts[lo]! + 1 };
  }

  /** Where line `line` (from 1) starts. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(this.starts.length - 1, line - 1))]!;
  }

  /** The text of line `line` (from 1), without its newline. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const end = line < this.starts.length ? this.starts[line]! - 1 : this.text.length;
    return this.text.slice(start, end).replace(/\r$/, '');
  }
}

/** The source text of a node (empty for none). */
export function nodeText(text: string, node: PyNode | null | undefined): string {
  return node ? text.slice(node.start, node.end) : '';
}

/** A statement's first line without its closing colon (`for x in xs`, `while not r.ready()`): how notes name a loop. */
export function headerText(text: string, node: PyNode): string {
  return nodeText(text, node).split('\n')[0]!.replace(/:\s*$/, '');
}
