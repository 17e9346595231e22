/**
 * The DOM half of svgNodes: make an element's children match a list of node data with a
 * d3 join, reusing elements by key so a redraw only touches what changed.
 */
import { select } from 'd3-selection';
import { formatValue, SVG_NS, type SvgNode } from '../../shared/chart/svgNodes';

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
