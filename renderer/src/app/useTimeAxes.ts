/**
 * The charts' time axes: one window both charts share, or one each when one run is much
 * shorter than the other (shared/chart/timeAxes.ts). The learner's choice holds until another
 * document is opened; then the spans decide again. UI state: never in the document or undo.
 */
import { useMemo, useState } from 'react';
import type { Timeline } from '../../../shared/engine/timeline';
import { timelineEndMs } from '../../../shared/chart/layout';
import { chartsOwnAxes, OWN_AXIS_NOTE, type AxesChoice } from '../../../shared/chart/timeAxes';
import { createViewport, type Viewport } from '../seams/chart';

export { OWN_AXIS_NOTE } from '../../../shared/chart/timeAxes';

/**
 * @param written, variant  the two charts' timelines; variant undefined while it is hidden (a lesson before its reveal)
 * @param opened            the document as opened (a new one resets the learner's choice)
 */
export function useTimeAxes(written: Timeline | undefined, variant: Timeline | undefined, opened: unknown) {
  const shared = useMemo(() => createViewport(), []);
  const own = useMemo(() => createViewport(), []);
  const [picked, setPicked] = useState<{ choice: AxesChoice; opened: unknown } | null>(null);
  const choice = picked && picked.opened === opened ? picked.choice : 'auto';
  const writtenEnd = useMemo(() => (written ? timelineEndMs(written) : 0), [written]);
  const variantEnd = useMemo(() => (variant ? timelineEndMs(variant) : 0), [variant]);
  const separate = variant !== undefined && chartsOwnAxes(choice, [writtenEnd, variantEnd]);
  return {
    separate,
    /** What the spans alone would choose: separate axes. */
    suggested: variant !== undefined && chartsOwnAxes('auto', [writtenEnd, variantEnd]),
    /** The window of the chart of the document (and of both charts while they share one). */
    written: shared,
    variant: separate ? own : shared,
    /** Every window on screen, for the zoom and pan commands. */
    all: (separate ? [shared, own] : [shared]) as readonly Viewport[],
    note: separate ? OWN_AXIS_NOTE : null,
    choose: (separateAxes: boolean) => setPicked({ choice: separateAxes ? 'own' : 'shared', opened }),
  };
}

export type TimeAxes = ReturnType<typeof useTimeAxes>;
