/**
 * JSON the way a person would format a scenario by hand: two-space indentation, with any
 * object or list that fits in `width` characters kept on one line, so a step reads
 * `{ "blocking_io": 200, "label": "time.sleep(0.2)" }` instead of four lines.
 * Key order is the order of the value's keys, so callers decide it.
 */
export function prettyJson(value: unknown, width = 96): string {
  return render(value, '', 0, width);
}

/** `lead` is how many characters precede the value on its line (indent plus `"key": `). */
function render(value: unknown, indent: string, lead: number, width: number): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const inline = oneLine(value);
  if (lead + inline.length + 1 <= width) return inline; // + 1 for a trailing comma
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + render(v, inner, inner.length, width)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${render(v, inner, inner.length + JSON.stringify(k).length + 2, width)}`).join(',\n')}\n${indent}}`;
}

function oneLine(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map(oneLine).join(', ')}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')} }`;
}
