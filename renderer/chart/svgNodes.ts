/**
 * Marks describe what they draw as plain data: `{tag, attrs, text?, children?}`.
 * The live chart applies the nodes with a d3 join; the export serialises the very same
 * nodes to an SVG string without a DOM. One description, two outputs.
 */
import { select } from 'd3-selection';

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
const formatValue = (v: string | number) => (typeof v === 'number' ? String(Math.round(v * 100) / 100) : v);

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

const nodeKey = (d: SvgNode, i: number) => `${d.tag}|${d.key ?? `#${i}`}`;

/** Make `parent`'s children match `nodes`, reusing elements by key (a d3 join). */
export function applySvgNodes(parent: Element, nodes: readonly SvgNode[]): void {
  select(parent)
    .selectChildren<Element, SvgNode>()
    .data(nodes, (d, i) => nodeKey(d, i))
    .join((enter) => enter.append((d) => document.createElementNS(SVG_NS, d.tag)))
    .each(function (this: Element, d: SvgNode) {
      for (const [name, value] of Object.entries(d.attrs ?? {})) {
        if (value === undefined) this.removeAttribute(name);
        else this.setAttribute(name, formatValue(value));
      }
      if (d.text !== undefined) {
        if (this.textContent !== d.text) this.textContent = d.text;
      } else applySvgNodes(this, d.children ?? []);
    });
}
