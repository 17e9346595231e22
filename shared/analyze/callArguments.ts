/** A call's arguments as Python binds them: by position or by keyword, splats left out. */
import { fieldOf, nodeText, type PyNode } from './syntax';

/** Positional argument `index`, or keyword argument `keyword`, of a call. */
export function callArgument(call: PyNode, index: number, keyword: string | null, text?: string): PyNode | null {
  const args = fieldOf(call, 'arguments');
  if (!args) return null;
  let i = 0;
  for (const arg of args.children) {
    if (arg.type === 'keyword_argument') {
      if (keyword !== null && text !== undefined && nodeText(text, fieldOf(arg, 'name')) === keyword) return fieldOf(arg, 'value');
      continue;
    }
    if (arg.type === 'comment' || arg.type === 'list_splat' || arg.type === 'dictionary_splat') continue;
    if (i === index) return arg;
    i++;
  }
  return null;
}

/** Positional arguments of a call (splats and keywords left out). */
export function positionalArguments(call: PyNode): PyNode[] {
  const args = fieldOf(call, 'arguments');
  return (args?.children ?? []).filter((a) => a.type !== 'keyword_argument' && a.type !== 'comment' && a.type !== 'list_splat' && a.type !== 'dictionary_splat');
}
