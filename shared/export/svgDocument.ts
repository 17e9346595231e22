/**
 * The portable SVG envelope: XML declaration, width/height/viewBox, <title> and <desc>
 * for screen readers, one <defs> of patterns, presentation attributes only (no <style>,
 * no CSS variables, no scripts, no external references), and ids prefixed per export.
 */
import { svgString, SVG_NS, type SvgNode } from '../chart/svgNodes';

/**
 * Fonts present on every OS and in every renderer: DejaVu Sans ships with librsvg's
 * Linux, Arial/Helvetica with Windows, macOS, PowerPoint and Google Slides.
 */
export const EXPORT_FONT_STACK = 'DejaVu Sans, Arial, Helvetica, sans-serif';

export interface SvgDocumentSpec {
  width: number;
  height: number;
  /** null: transparent (no background rectangle). */
  background: string | null;
  title: string;
  desc: string;
  /** Pattern nodes whose ids start with `ll-`. */
  defs: SvgNode[];
  body: SvgNode[];
  /** Replaces the `ll` of every id; default: a hash of the content. */
  idPrefix?: string;
}

/** FNV-1a, 32 bits: a short, stable fingerprint (not security) for default id prefixes. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function svgDocument(spec: SvgDocumentSpec): string {
  const solid = solidPatternColours(spec.defs);
  const usedDefs = spec.defs.filter((d) => !solid.has(String(d.attrs?.id)));
  const draft = svgString(spec.body);
  const prefix = sanitisePrefix(spec.idPrefix ?? `ll${fingerprint(`${spec.title}\u0000${spec.width}\u0000${draft}`)}`);
  const rename = (id: string) => `${prefix}-${id.slice(3)}`;
  const fillFor = (value: string) => {
    const m = /^url\(#(ll-[\w-]+)\)$/.exec(value);
    if (!m) return value;
    return solid.get(m[1]!) ?? `url(#${rename(m[1]!)})`;
  };
  const body = mapNodes(spec.body, fillFor);
  const defs = usedDefs.map((d) => ({ ...d, attrs: { ...d.attrs, id: rename(String(d.attrs?.id)) } }));
  const root = {
    tag: 'svg',
    attrs: {
      xmlns: SVG_NS, version: '1.1', width: spec.width, height: spec.height, viewBox: `0 0 ${spec.width} ${spec.height}`,
      role: 'img', 'aria-labelledby': `${prefix}-title ${prefix}-desc`, 'font-family': EXPORT_FONT_STACK,
    },
    children: [
      { tag: 'title', attrs: { id: `${prefix}-title` }, text: spec.title },
      { tag: 'desc', attrs: { id: `${prefix}-desc` }, text: spec.desc },
      { tag: 'defs', children: defs },
      ...(spec.background === null ? [] : [{ tag: 'rect', attrs: { width: spec.width, height: spec.height, fill: spec.background } }]),
      ...body,
    ],
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svgString([root])}\n`;
}

/** Solid "patterns" become plain fills: simpler files, and PowerPoint draws colours better than patterns. */
function solidPatternColours(defs: readonly SvgNode[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of defs) {
    const kids = d.children ?? [];
    if (d.tag === 'pattern' && kids.length === 1 && kids[0]!.tag === 'rect') out.set(String(d.attrs?.id), String(kids[0]!.attrs?.fill));
  }
  return out;
}

/** Rewrites pattern references and drops attribute-less groups of one child (barNodes wraps every bar). */
function mapNodes(nodes: readonly SvgNode[], fillFor: (v: string) => string): SvgNode[] {
  const out: SvgNode[] = [];
  for (const node of nodes) {
    const attrs: Record<string, string | number | undefined> = {};
    let any = false;
    for (const [k, v] of Object.entries(node.attrs ?? {})) {
      if (v === undefined) continue;
      attrs[k] = (k === 'fill' || k === 'stroke') && typeof v === 'string' ? fillFor(v) : v;
      any = true;
    }
    const children = node.children ? mapNodes(node.children, fillFor) : undefined;
    if (node.tag === 'g' && !any) {
      if (children) out.push(...children);
      continue;
    }
    const copy: SvgNode = { tag: node.tag, attrs };
    if (node.text !== undefined) copy.text = node.text;
    if (children) copy.children = children;
    out.push(copy);
  }
  return out;
}

/** An XML name: letters, digits, '-' and '_', starting with a letter. */
function sanitisePrefix(prefix: string): string {
  const clean = prefix.replace(/[^A-Za-z0-9_-]/g, '');
  return /^[A-Za-z]/.test(clean) ? clean : `ll${clean}`;
}
