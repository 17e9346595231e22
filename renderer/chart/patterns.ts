/**
 * The state patterns as tiny tiles of lines and dots, so the same pattern is drawn on the
 * live canvas and written once as an SVG <pattern> in exports.
 */
import type { PatternKind } from './states';
import { el, type SvgNode } from './svgNodes';

export const TILE = 8;

type Shape = { line: [number, number, number, number] } | { dot: [number, number, number] };

const diagonal: Shape[] = [{ line: [0, TILE, TILE, 0] }, { line: [-2, 2, 2, -2] }, { line: [TILE - 2, TILE + 2, TILE + 2, TILE - 2] }];
const backdiagonal: Shape[] = [{ line: [0, 0, TILE, TILE] }, { line: [-2, TILE - 2, 2, TILE + 2] }, { line: [TILE - 2, -2, TILE + 2, 2] }];

const SHAPES: Record<PatternKind, Shape[]> = {
  solid: [],
  diagonal,
  backdiagonal,
  crosshatch: [...diagonal, ...backdiagonal],
  dots: [{ dot: [2, 2, 1.4] }, { dot: [6, 6, 1.4] }],
  horizontal: [{ line: [0, 4, TILE, 4] }],
  vertical: [{ line: [4, 0, 4, TILE] }],
};

export interface PatternSpec {
  id: string;
  kind: PatternKind;
  fill: string;
  ink: string;
  /** Line width in px. */
  weight?: number;
}

/** An SVG <pattern> in user space, for <defs>. */
export function patternNode(spec: PatternSpec): SvgNode {
  const weight = spec.weight ?? 1.6;
  const shapes = SHAPES[spec.kind].map((shape) =>
    'line' in shape
      ? el('line', { x1: shape.line[0], y1: shape.line[1], x2: shape.line[2], y2: shape.line[3], stroke: spec.ink, 'stroke-width': weight })
      : el('circle', { cx: shape.dot[0], cy: shape.dot[1], r: shape.dot[2], fill: spec.ink }));
  return el('pattern', { id: spec.id, width: TILE, height: TILE, patternUnits: 'userSpaceOnUse' }, [
    el('rect', { width: TILE, height: TILE, fill: spec.fill }),
    ...shapes,
  ], spec.id);
}

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
  for (const shape of SHAPES[spec.kind]) {
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
