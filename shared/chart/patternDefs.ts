/** Every state's pattern plus the blocked-loop hatch, as <pattern> nodes defined once in <defs>. */
import { SEGMENT_STATES } from '../engine/timeline';
import { stateStyle, type ChartTheme } from './states';
import { patternNode } from './patterns';
import { blockedPattern } from './marks/blockedLoop';
import type { SvgNode } from './svgNodes';

export function statePatternDefs(theme: ChartTheme): SvgNode[] {
  return [
    ...SEGMENT_STATES.map((s) => patternNode({ id: `ll-${s}`, ...stateStyle(s, theme), kind: stateStyle(s, theme).pattern })),
    patternNode(blockedPattern(theme)),
  ];
}
