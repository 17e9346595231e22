/**
 * What a type annotation says a parameter is: `Session`, `Optional[Session]`, `Session | None`,
 * `Annotated[Session, Depends(get_db)]`, and the module-level aliases FastAPI unwraps like the
 * `Annotated[…]` they stand for (`DbSession = Annotated[…]`, `X: TypeAlias = …`, `type X = …`).
 */
import type { FunctionInfo } from './bindings';
import { typeNamed } from './catalogue';
import type { Resolver } from './names';
import { nodeText, fieldOf, type PyNode } from './syntax';
import { UNKNOWN, type Value } from './values';

/** The type an annotation names, when the catalogue knows it or the file defines it. */
export function resolveAnnotation(resolver: Resolver, node: PyNode, fn: FunctionInfo | null): Value {
  const text = resolver.text;
  let expr: PyNode | undefined = node.type === 'type' ? node.children[0] : node;
  for (let i = 0; i < 8 && expr; i++) {
    const aliased = annotatedAlias(resolver, expr);
    if (aliased) { expr = aliased; continue; }
    if (expr.type === 'generic_type' || expr.type === 'subscript') {
      const head = nodeText(text, expr.children[0]).split('.').pop();
      if (head === 'Annotated' || head === 'Optional') {
        const args = expr.children.find((c) => c.type === 'type_parameter' || c.field === 'subscript');
        expr = args?.type === 'type_parameter' ? args.children[0]?.children[0] ?? args.children[0] : args;
        continue;
      }
      return UNKNOWN;
    }
    if (expr.type === 'binary_operator') { expr = fieldOf(expr, 'left') ?? undefined; continue; }
    if (expr.type === 'union_type') { expr = expr.children[0]?.children[0] ?? expr.children[0]; continue; }
    break;
  }
  if (!expr) return UNKNOWN;
  const value = resolver.resolve(expr, fn);
  if (value.kind === 'name') {
    const type = typeNamed(resolver.catalogue, value.path);
    return type !== undefined ? { kind: 'instance', type } : UNKNOWN;
  }
  if (value.kind === 'class') return { kind: 'object', cls: value.cls };
  return value.kind === 'instance' ? value : UNKNOWN;
}

/**
 * The `Annotated[…]` a module-level alias stands for: `DbSession = Annotated[Session,
 * Depends(get_db)]`, `X: TypeAlias = …`, `type X = …` (FastAPI unwraps all three, the last
 * since it supports PEP 695 aliases), and aliases of aliases; each assigned once. Null for
 * anything else.
 */
export function annotatedAlias(resolver: Resolver, node: PyNode): PyNode | null {
  const text = resolver.text;
  let expr: PyNode | undefined = node.type === 'type' ? node.children[0] : node;
  for (let i = 0; i < 8 && expr?.type === 'identifier'; i++) {
    const values = resolver.module.assignments.get(nodeText(text, expr));
    if (values?.length !== 1) return null;
    expr = values[0]!.type === 'type' ? values[0]!.children[0] : values[0];
    if ((expr?.type === 'subscript' || expr?.type === 'generic_type') && nodeText(text, expr.children[0]).split('.').pop() === 'Annotated') return expr;
  }
  return null;
}
