/**
 * A function of the file that its decorator makes into a library's object: `@celery_app.task`
 * and `@shared_task` make a Celery task, whose `.delay(…)` sends it to a queue. Called directly
 * it still runs its own code (followed like any function of the file); its methods are the
 * catalogue's rows for the type the decorator makes.
 */
import type { FunctionInfo } from './bindings';
import type { Resolver } from './names';
import { fieldOf, nodeText, type PyNode } from './syntax';

const made = new WeakMap<FunctionInfo, string | null>();

/** The type of object `fn`'s decorator makes of it (`celery.Task`), or null. */
export function decoratedType(resolver: Resolver, fn: FunctionInfo): string | null {
  let type = made.get(fn);
  if (type === undefined) {
    type = null;
    for (const written of fn.decorators) {
      const expr = written.children[0];
      if (!expr) continue;
      // `@celery_app.task(bind=True)` is a call that makes the task; `@celery_app.task` and `@shared_task` are written without one.
      const value = expr.type === 'call' ? resolver.resultOf(expr, fn.parent) : null;
      const found = value?.kind === 'instance' ? value.type : expr.type === 'call' ? null : madeBy(resolver, expr, fn);
      if (found !== null) { type = found; break; }
    }
    made.set(fn, type);
  }
  return type;
}

/** What calling the decorator written without a call (`@shared_task`, `@app.task`) makes, per the catalogue. */
function madeBy(resolver: Resolver, expr: PyNode, fn: FunctionInfo): string | null {
  if (expr.type === 'attribute') {
    const receiver = resolver.resolve(fieldOf(expr, 'object'), fn.parent);
    if (receiver.kind !== 'instance') return null;
    return resolver.catalogue.method(receiver.type, nodeText(resolver.text, fieldOf(expr, 'attribute')))?.makes ?? null;
  }
  const value = resolver.resolve(expr, fn.parent);
  return value.kind === 'name' ? resolver.catalogue.call(value.path)?.makes ?? null : null;
}
