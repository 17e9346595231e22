/** Canvas painting of the plain SVG-like nodes that shared/chart's marks produce. */
import { CENTRED_DY, type SvgNode } from '../../shared/chart/svgNodes';
import { FONT_STACK } from '../../shared/chart/textFit';

/**
 * Canvas painting of simple nodes (rect, line, text; groups flattened), so marks that can be
 * numerous are drawn on canvas live while exports write the very same nodes as SVG.
 * `fills` maps pattern references ("url(#ll-blocked)") to canvas patterns.
 */
export function paintPlainNodes(ctx: CanvasRenderingContext2D, nodes: readonly SvgNode[], fills: Record<string, CanvasPattern | string> = {}): void {
  for (const node of nodes) {
    const a = node.attrs ?? {};
    const num = (name: string, fallback = 0) => Number(a[name] ?? fallback);
    if (node.tag === 'rect') {
      const [x, y, w, h] = [num('x'), num('y'), num('width'), num('height')];
      const fill = a.fill === undefined ? '#000' : String(a.fill);
      if (fill !== 'none') {
        ctx.fillStyle = fills[fill] ?? fill;
        ctx.fillRect(x, y, w, h);
      }
      if (a.stroke !== undefined) {
        ctx.strokeStyle = String(a.stroke);
        ctx.lineWidth = num('stroke-width', 1);
        ctx.strokeRect(x, y, w, h);
      }
    } else if (node.tag === 'line') {
      ctx.strokeStyle = String(a.stroke);
      ctx.lineWidth = num('stroke-width', 1);
      ctx.beginPath();
      ctx.moveTo(Math.round(num('x1')) + 0.5, num('y1'));
      ctx.lineTo(Math.round(num('x2')) + 0.5, num('y2'));
      ctx.stroke();
    } else if (node.tag === 'text' && node.text) {
      ctx.font = `${a['font-weight'] ?? 400} ${num('font-size', 14)}px ${FONT_STACK}`;
      ctx.fillStyle = String(a.fill ?? '#000');
      ctx.textBaseline = a.dy === CENTRED_DY ? 'middle' : 'alphabetic';
      ctx.fillText(node.text, num('x'), num('y'));
    } else if (node.tag === 'g' && node.children) {
      paintPlainNodes(ctx, node.children, fills);
    }
  }
}
