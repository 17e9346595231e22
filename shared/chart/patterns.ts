/**
 * The state patterns as tiny tiles of lines and dots, so the same pattern is drawn on the
 * live canvas (renderer/chart/canvasPatterns.ts) and written once as an SVG <pattern> in exports.
 */
import type { PatternKind } from './states';
import { el, type SvgNode } from './svgNodes';

export const TILE = 8;

export type PatternShape = { line: [number, number, number, number] } | { dot: [number, number, number] };

const diagonal: PatternShape[] = [{ line: [0, TILE, TILE, 0] }, { line: [-2, 2, 2, -2] }, { line: [TILE - 2, TILE + 2, TILE + 2, TILE - 2] }];
const backdiagonal: PatternShape[] = [{ line: [0, 0, TILE, TILE] }, { line: [-2, TILE - 2, 2, TILE + 2] }, { line: [TILE - 2, -2, TILE + 2, 2] }];

export const PATTERN_SHAPES: Record<PatternKind, PatternShape[]> = {
  solid: [],
  diagonal,
  backdiagonal,
  crosshatch: [...diagonal, ...backdiagonal],
  dots: [{ dot: [2, 2, 1.4] }, { dot: [6, 6, 1.4] }],
  horizontal: [{ line: [0, 4, TILE, 4] }],
  vertical: [{ line: [4, 0, 4, TILE] }],
  grid: [{ line: [0, 4, TILE, 4] }, { line: [4, 0, 4, TILE] }],
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
  const shapes = PATTERN_SHAPES[spec.kind].map((shape) =>
    'line' in shape
      ? el('line', { x1: shape.line[0], y1: shape.line[1], x2: shape.line[2], y2: shape.line[3], stroke: spec.ink, 'stroke-width': weight })
      : el('circle', { cx: shape.dot[0], cy: shape.dot[1], r: shape.dot[2], fill: spec.ink }));
  return el('pattern', { id: spec.id, width: TILE, height: TILE, patternUnits: 'userSpaceOnUse' }, [
    el('rect', { width: TILE, height: TILE, fill: spec.fill }),
    ...shapes,
  ], spec.id);
}
