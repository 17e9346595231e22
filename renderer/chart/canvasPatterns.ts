/** The state patterns drawn as canvas tiles for the live chart (the SVG side is shared/chart/patterns.ts). */
import { PATTERN_SHAPES, TILE, type PatternSpec } from '../../shared/chart/patterns';

/** A canvas pattern drawn at device resolution (crisp on high-DPI projectors and laptops). */
export function canvasPattern(ctx: CanvasRenderingContext2D, spec: PatternSpec, dpr: number): CanvasPattern | string {
  if (spec.kind === 'solid') return spec.fill;
  const tile = document.createElement('canvas');
  tile.width = tile.height = Math.round(TILE * dpr);
  const t = tile.getContext('2d')!;
  t.scale(dpr, dpr);
  t.fillStyle = spec.fill;
  t.fillRect(0, 0, TILE, TILE);
  t.strokeStyle = t.fillStyle = spec.ink;
  t.lineWidth = spec.weight ?? 1.6;
  for (const shape of PATTERN_SHAPES[spec.kind]) {
    t.beginPath();
    if ('line' in shape) {
      t.moveTo(shape.line[0], shape.line[1]);
      t.lineTo(shape.line[2], shape.line[3]);
      t.stroke();
    } else {
      t.arc(shape.dot[0], shape.dot[1], shape.dot[2], 0, 2 * Math.PI);
      t.fill();
    }
  }
  const pattern = ctx.createPattern(tile, 'repeat');
  if (!pattern) return spec.fill;
  pattern.setTransform(new DOMMatrix().scale(1 / dpr));
  return pattern;
}
