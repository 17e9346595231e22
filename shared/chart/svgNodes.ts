/**
 * Marks describe what they draw as plain data: `{tag, attrs, text?, children?}`.
 * The live chart applies the nodes with a d3 join (renderer/chart/applySvgNodes.ts); the
 * export serialises the very same nodes to an SVG string without a DOM. One description, two outputs.
 */
export type SvgAttrs = Record<string, string | number | undefined>;

export interface SvgNode {
  tag: string;
  attrs?: SvgAttrs;
  text?: string;
  children?: SvgNode[];
  /** Stable identity across redraws (d3 join key); defaults to the position. */
  key?: string;
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Vertically centre a text on its y with a shift, not `dominant-baseline` (which PowerPoint,
 * Google Slides and some Inkscape versions ignore): 0.35em is about half a capital's height.
 */
export const CENTRED_DY = '0.35em';

export function el(tag: string, attrs: SvgAttrs = {}, children?: SvgNode[], key?: string): SvgNode {
  const node: SvgNode = { tag, attrs };
  if (children) node.children = children;
  if (key !== undefined) node.key = key;
  return node;
}

export function textEl(text: string, attrs: SvgAttrs, key?: string): SvgNode {
  const node: SvgNode = { tag: 'text', attrs, text };
  if (key !== undefined) node.key = key;
  return node;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Round coordinates so exports are stable and small. */
export const formatValue = (v: string | number) => (typeof v === 'number' ? String(Math.round(v * 100) / 100) : v);

/** Serialise nodes to SVG markup, deterministic: attributes in insertion order, numbers to 2 decimals. */
export function svgString(nodes: readonly SvgNode[]): string {
  let out = '';
  for (const node of nodes) {
    out += `<${node.tag}`;
    for (const [name, value] of Object.entries(node.attrs ?? {})) {
      if (value !== undefined) out += ` ${name}="${escapeXml(formatValue(value))}"`;
    }
    const inner = (node.text !== undefined ? escapeXml(node.text) : '') + (node.children ? svgString(node.children) : '');
    out += inner ? `>${inner}</${node.tag}>` : '/>';
  }
  return out;
}
