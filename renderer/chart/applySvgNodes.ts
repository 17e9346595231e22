/**
 * The DOM half of svgNodes: make an element's children match a list of node data with a
 * d3 join, reusing elements by key so a redraw only touches what changed.
 */
import { select } from 'd3-selection';
import { formatValue, SVG_NS, type SvgNode } from '../../shared/chart/svgNodes';

const nodeKey = (d: SvgNode, i: number) => `${d.tag}|${d.key ?? `#${i}`}`;

/** What each element was last given, by attribute name (null: removed). */
const written = new WeakMap<Element, Map<string, string | null>>();

/** The nodes each parent's children were last made to match, and the node each element was last made from (see applySvgNodes). */
const applied = new WeakMap<Element, readonly SvgNode[]>();
const madeFrom = new WeakMap<Element, SvgNode>();

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

/**
 * Make `parent`'s children match `nodes`, reusing elements by key (a d3 join). Nodes equal to
 * the ones it was last given leave it as it is without a join, and an element whose node is
 * equal to the one it was made from is not looked at again (its attributes, its children's
 * join): after an edit at 10,000 requests most of a chart's labels, legend items and ticks
 * are the very same, and the joins were about a fifth of each chart's draw.
 */
export function applySvgNodes(parent: Element, nodes: readonly SvgNode[]): void {
  const last = applied.get(parent);
  if (last && sameSvgNodes(last, nodes)) return;
  applied.set(parent, nodes);
  select(parent)
    .selectChildren<Element, SvgNode>()
    .data(nodes, (d, i) => nodeKey(d, i))
    .join((enter) => enter.append((d) => document.createElementNS(SVG_NS, d.tag)))
    .each(function (this: Element, d: SvgNode) {
      const before = madeFrom.get(this);
      if (before && sameSvgNode(before, d)) return;
      madeFrom.set(this, d);
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

/**
 * Whether two node lists would make the same elements: same tags, keys and texts, the same
 * attributes with the same values (an absent attribute and one set to undefined alike, as
 * applySvgNodes removes both), the same children.
 */
export function sameSvgNodes(a: readonly SvgNode[], b: readonly SvgNode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameSvgNode(a[i]!, b[i]!)) return false;
  return true;
}

function sameSvgNode(x: SvgNode, y: SvgNode): boolean {
  if (x === y) return true;
  if (x.tag !== y.tag || x.key !== y.key || x.text !== y.text) return false;
  if (!sameAttrs(x.attrs ?? {}, y.attrs ?? {})) return false;
  return x.text !== undefined || sameSvgNodes(x.children ?? [], y.children ?? []);
}

function sameAttrs(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  for (const name in a) if (a[name] !== b[name]) return false;
  for (const name in b) if (!(name in a) && b[name] !== undefined) return false;
  return true;
}
