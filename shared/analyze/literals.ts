/**
 * Numbers and strings the code states: literals, module constants and the arithmetic between
 * them (`TIMEOUT * 2`), so a `time.sleep(DELAY)` or a `range(RETRIES)` has the length written.
 */
import type { FunctionInfo } from './bindings';
import type { Resolver } from './names';
import { fieldOf, nodeText, type PyNode } from './syntax';

/** A number the code states, through module constants and arithmetic; null if not. */
export function statedNumber(resolver: Resolver, node: PyNode | null | undefined, fn: FunctionInfo | null): number | null {
  if (!node || resolver.depth > 40) return null;
  const text = resolver.text;
  switch (node.type) {
    case 'integer':
    case 'float': {
      const raw = nodeText(text, node).replace(/_/g, '').replace(/[jJlL]$/, '');
      const n = /^0[xob]/i.test(raw) ? Number(raw) : Number.parseFloat(raw);
      return Number.isFinite(n) ? n : null;
    }
    case 'parenthesized_expression':
      return statedNumber(resolver, node.children[0], fn);
    case 'unary_operator': {
      const v = statedNumber(resolver, fieldOf(node, 'argument'), fn);
      if (v === null) return null;
      return text.slice(node.start, node.end).trimStart().startsWith('-') ? -v : v;
    }
    case 'binary_operator': {
      const a = statedNumber(resolver, fieldOf(node, 'left'), fn);
      const b = statedNumber(resolver, fieldOf(node, 'right'), fn);
      if (a === null || b === null) return null;
      const left = fieldOf(node, 'left')!;
      const op = text.slice(left.end, fieldOf(node, 'right')!.start).trim();
      const result = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : op === '/' ? a / b
        : op === '//' ? Math.floor(a / b) : op === '**' ? a ** b : Number.NaN;
      return Number.isFinite(result) ? result : null;
    }
    case 'identifier': {
      // A name counts towards the resolver's depth: `A = B` and `B = A` end there.
      resolver.depth++;
      try {
        const v = resolver.resolveName(nodeText(text, node), fn);
        return v.kind === 'number' ? v.value : null;
      } finally {
        resolver.depth--;
      }
    }
    default:
      return null;
  }
}

/** The value of a plain string literal (no f-string interpolation), or null. */
export function stringValue(literal: string): string | null {
  const m = /^([rRbBuU]{0,2})('''|"""|'|")([\s\S]*)\2$/.exec(literal);
  if (!m || /[fFtT]/.test(m[1]!)) return null;
  const body = m[3]!;
  return /[rR]/.test(m[1]!) ? body : body.replace(/\\(["'\\])/g, '$1');
}
