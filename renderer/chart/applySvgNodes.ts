/**
 * The DOM half of svgNodes: make an element's children match a list of node data with a
 * d3 join, reusing elements by key so a redraw only touches what changed.
 */
import { select } from 'd3-selection';
import { formatValue, SVG_NS, type SvgNode } from '../../shared/chart/svgNodes';

const nodeKey = (d: SvgNode, i: number) => `${d.tag}|${d.key ?? `#${i}`}`;

/** What each element was last given, by attribute name (null: removed). */
const written = new WeakMap<Element, Map<string, string | null>>();

/**
 * Set an attribute (null: remove it) unless this module last gave it that very value. An
 * SVG attribute set to the value it already has still invalidates the element's layout:
 * rewriting every node of both charts on each draw cost several milliseconds of Layout per
 * frame. Only for attributes nothing else writes (this module owns the chart's nodes).
 */
export function setAttributeIfChanged(node: Element, name: string, value: string | null): void {
  let last = written.get(node);
  if (!last) written.set(node, (last = new Map<string, string | null>()));
  if (last.get(name) === value) return;
  last.set(name, value);
  if (value === null) node.removeAttribute(name);
  else node.setAttribute(name, value);
}

/** Make `parent`'s children match `nodes`, reusing elements by key (a d3 join). */
export function applySvgNodes(parent: Element, nodes: readonly SvgNode[]): void {
  select(parent)
    .selectChildren<Element, SvgNode>()
    .data(nodes, (d, i) => nodeKey(d, i))
    .join((enter) => enter.append((d) => document.createElementNS(SVG_NS, d.tag)))
    .each(function (this: Element, d: SvgNode) {
      const attrs = d.attrs ?? {};
      for (const name in attrs) {
        const value = attrs[name];
        setAttributeIfChanged(this, name, value === undefined ? null : formatValue(value));
      }
      if (d.text !== undefined) {
        if (this.textContent !== d.text) this.textContent = d.text;
      } else applySvgNodes(this, d.children ?? []);
    });
}
