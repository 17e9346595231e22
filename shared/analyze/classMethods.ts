/**
 * Following the file's own classes: a method by name, found on the class or inherited from a
 * base class the file defines, and what a method's first parameter is (`self`: an instance;
 * a classmethod's `cls`: the class; nothing for a staticmethod).
 */
import type { ClassInfo, FunctionInfo } from './bindings';
import type { Resolver } from './names';
import { nodeText, type PyNode } from './syntax';
import type { Value } from './values';

/** A method of `cls` or of a base class of the file, by name. */
export function methodOf(resolver: Resolver, cls: ClassInfo, name: string, depth = 0): FunctionInfo | null {
  const own = cls.methods.get(name);
  if (own || depth > 8) return own ?? null;
  for (const base of cls.bases) {
    const value = resolver.resolve(base, null);
    if (value.kind !== 'class') continue;
    const inherited = methodOf(resolver, value.cls, name, depth + 1);
    if (inherited) return inherited;
  }
  return null;
}

/** What `param` stands for when it is the first parameter of a method (`self`, `cls`); null otherwise. */
export function receiverParameter(text: string, fn: FunctionInfo, param: PyNode, params: readonly PyNode[]): Value | null {
  if (!fn.ofClass || param !== params[0] || fn.decorators.some((d) => /^@\s*staticmethod\b/.test(nodeText(text, d)))) return null;
  // `self` is an instance; a classmethod's `cls` is the class (its methods are the same here).
  return fn.decorators.some((d) => /^@\s*classmethod\b/.test(nodeText(text, d))) ? { kind: 'class', cls: fn.ofClass } : { kind: 'object', cls: fn.ofClass };
}
