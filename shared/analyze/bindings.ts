/**
 * Where the file binds its names, read once per file: imports with aliases, module-level
 * functions, classes (with their methods) and assignments, every function (nested ones and
 * methods too), module-level calls, attributes assigned anywhere (`app.state.pool = pool`), and, on first use, a
 * function's local names. The resolver (`names.ts`) turns these bindings into values.
 */
import { childOfType, fieldOf, nodeText, type PyNode } from './syntax';

export interface FunctionInfo {
  readonly name: string;
  readonly node: PyNode;
  readonly isAsync: boolean;
  readonly params: PyNode | null;
  readonly body: PyNode | null;
  /** Decorators (`@app.get("/x")`; the expression is their first child). */
  readonly decorators: PyNode[];
  /** The function it is nested in, whose names it can see. */
  readonly parent: FunctionInfo | null;
  /** The module-level class it is a method of (its first parameter is an instance of it, or the class). */
  readonly ofClass?: ClassInfo;
  /** Local names and the expressions assigned to them, collected on first use. */
  locals?: Map<string, PyNode[]>;
}

/** A class defined at module level: its methods, followed when a route calls them on an instance. */
export interface ClassInfo {
  readonly name: string;
  /** Its bases as written (`BaseRepository`, `Generic[T]`). */
  readonly bases: PyNode[];
  readonly methods: Map<string, FunctionInfo>;
}

/** Statements at module level, as the analyser needs them. */
export interface ModuleInfo {
  readonly text: string;
  readonly imports: Map<string, string>;
  readonly functions: Map<string, FunctionInfo>;
  readonly classes: Map<string, ClassInfo>;
  /** Module-level names and what is assigned to them (a `type X = …` alias too). */
  readonly assignments: Map<string, PyNode[]>;
  /** Every function in the file, nested ones too, in source order. */
  readonly allFunctions: FunctionInfo[];
  /** Module-level statements that are calls (`app.include_router(…)`, `app.add_api_route(…)`). */
  readonly calls: PyNode[];
  /** Attribute name → the expressions assigned to `anything.name` anywhere, with the function they are in. */
  readonly attributes: Map<string, { value: PyNode; fn: FunctionInfo | null }[]>;
}

/** Nodes that start a new scope: their insides are not the enclosing function's. */
export const SCOPES = new Set(['function_definition', 'class_definition', 'lambda', 'decorated_definition']);

export function readModule(root: PyNode, text: string): ModuleInfo {
  const info: ModuleInfo = { text, imports: new Map(), functions: new Map(), classes: new Map(), assignments: new Map(), allFunctions: [], calls: [], attributes: new Map() };
  const visitStatements = (block: PyNode, parent: FunctionInfo | null, cls: ClassInfo | null) => {
    for (const stmt of block.children) visitStatement(stmt, parent, cls);
  };
  const visitStatement = (stmt: PyNode, parent: FunctionInfo | null, cls: ClassInfo | null): void => {
    switch (stmt.type) {
      case 'import_statement':
      case 'import_from_statement':
        if (parent === null) readImport(stmt, text, info.imports);
        return;
      case 'decorated_definition': {
        const def = fieldOf(stmt, 'definition');
        if (def?.type === 'function_definition') addFunction(def, stmt.children.filter((c) => c.type === 'decorator'), parent, cls);
        else if (def?.type === 'class_definition') visitClass(def, parent);
        return;
      }
      case 'function_definition':
        addFunction(stmt, [], parent, cls);
        return;
      case 'class_definition':
        visitClass(stmt, parent);
        return;
      case 'type_alias_statement': {
        // `type DbSession = Annotated[…]`: recorded like an assignment, for annotations to follow.
        const [name, value] = stmt.children;
        if (parent === null && cls === null && name?.children[0]?.type === 'identifier' && value) push(info.assignments, nodeText(text, name), value);
        return;
      }
      case 'expression_statement': {
        const expr = stmt.children[0];
        if (expr?.type === 'assignment') recordAssignment(expr, parent, cls);
        else if (expr?.type === 'call' && parent === null && cls === null) info.calls.push(expr);
        return;
      }
      default:
        // if / try / with / for at module level (or in a function, for nested defs): look inside.
        for (const child of stmt.children) if (child.type === 'block' || child.type.endsWith('_clause') || child.type === 'block') visitNested(child, parent, cls);
    }
  };
  const visitNested = (node: PyNode, parent: FunctionInfo | null, cls: ClassInfo | null) => {
    if (node.type === 'block') visitStatements(node, parent, cls);
    else for (const child of node.children) if (child.type === 'block' || child.type.endsWith('_clause')) visitNested(child, parent, cls);
  };
  const visitClass = (def: PyNode, parent: FunctionInfo | null) => {
    const body = fieldOf(def, 'body');
    const name = nodeText(text, fieldOf(def, 'name'));
    const cls: ClassInfo = { name, bases: fieldOf(def, 'superclasses')?.children.filter((c) => c.type !== 'keyword_argument' && c.type !== 'comment') ?? [], methods: new Map() };
    // A class inside a function is not followed (its instances are rare in routes); its methods are still read.
    if (parent === null && name !== '') info.classes.set(name, cls);
    if (body) visitStatements(body, parent, cls);
  };
  const addFunction = (def: PyNode, decorators: PyNode[], parent: FunctionInfo | null, cls: ClassInfo | null) => {
    const name = nodeText(text, fieldOf(def, 'name'));
    const fn: FunctionInfo = {
      name: cls ? `${cls.name}.${name}` : name, node: def, isAsync: text.startsWith('async', def.start),
      params: fieldOf(def, 'parameters'), body: fieldOf(def, 'body'),
      decorators, parent, ...(cls ? { ofClass: cls } : {}),
    };
    info.allFunctions.push(fn);
    if (parent === null && cls === null && name !== '') info.functions.set(name, fn);
    if (cls && name !== '') cls.methods.set(name, fn);
    if (fn.body) visitStatements(fn.body, fn, null);
  };
  const recordAssignment = (assignment: PyNode, fn: FunctionInfo | null, cls: ClassInfo | null) => {
    const left = fieldOf(assignment, 'left');
    const right = fieldOf(assignment, 'right');
    if (!left || !right) return;
    // A class attribute (`base = "…"` in a class body) is not a module name.
    if (left.type === 'identifier' && fn === null && cls === null) push(info.assignments, nodeText(text, left), right);
    if (left.type === 'attribute') {
      const attr = nodeText(text, fieldOf(left, 'attribute'));
      const list = info.attributes.get(attr) ?? [];
      list.push({ value: right, fn });
      info.attributes.set(attr, list);
    }
    // `a = b = f()`: the right side is itself an assignment.
    if (right.type === 'assignment') recordAssignment(right, fn, cls);
  };
  visitStatements(root, null, null);
  return info;
}

function readImport(stmt: PyNode, text: string, imports: Map<string, string>): void {
  if (stmt.type === 'import_statement') {
    for (const item of stmt.children) {
      if (item.type === 'dotted_name') {
        // `import a.b` binds a; `a.b.c` is then a path through it.
        const full = nodeText(text, item);
        const head = full.split('.')[0]!;
        imports.set(head, head);
      } else if (item.type === 'aliased_import') {
        imports.set(nodeText(text, fieldOf(item, 'alias')), nodeText(text, fieldOf(item, 'name')));
      }
    }
    return;
  }
  const moduleNode = fieldOf(stmt, 'module_name');
  // A relative module (`from .crud import x`) keeps its dots: another file of the app, unknown here.
  const module = nodeText(text, moduleNode);
  for (const item of stmt.children) {
    if (item === moduleNode) continue;
    if (item.type === 'dotted_name') {
      const name = nodeText(text, item);
      imports.set(name, `${module}.${name}`);
    } else if (item.type === 'aliased_import') {
      imports.set(nodeText(text, fieldOf(item, 'alias')), `${module}.${nodeText(text, fieldOf(item, 'name'))}`);
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Names a function binds locally: assignments, `with … as`, `for` targets (values unknown). */
export function localsOf(fn: FunctionInfo, text: string): Map<string, PyNode[]> {
  if (fn.locals) return fn.locals;
  const locals = new Map<string, PyNode[]>();
  const visit = (node: PyNode) => {
    for (const child of node.children) {
      if (SCOPES.has(child.type)) continue;
      if (child.type === 'assignment') {
        const left = fieldOf(child, 'left');
        const right = fieldOf(child, 'right');
        // An annotation (`x: Session = make()`) says the type first.
        const type = fieldOf(child, 'type');
        if (left?.type === 'identifier' && type) push(locals, nodeText(text, left), type);
        if (left?.type === 'identifier' && right) push(locals, nodeText(text, left), right);
      } else if (child.type === 'as_pattern') {
        // `with expr as name`: the name is what the expression gives (these libraries return self from __enter__).
        const target = childOfType(child, 'as_pattern_target');
        const value = child.children[0];
        const name = target?.children[0];
        if (name?.type === 'identifier' && value) push(locals, nodeText(text, name), value);
      }
      visit(child);
    }
  };
  if (fn.body) visit(fn.body);
  fn.locals = locals;
  return locals;
}
