/**
 * Simulate a scenario through the host whenever it changes; only the newest result is
 * kept (see latestOnly). The timeline is derived, never stored in the document.
 */
import { useLayoutEffect, useMemo, useState } from 'react';
import type { LoopLabApi } from '../../../shared/ipc/contract';
import { totalRequests, type Scenario } from '../../../shared/scenario/types';
import type { Timeline } from '../../../shared/engine/timeline';
import { createLatestOnly } from './latestOnly';
import { timedSimulate } from './perfMarks';

/** Past this many requests the charts would be unreadable anyway: compute metrics only. */
export const MAX_DRAWN_REQUESTS = 20_000;

export interface TimelineState {
  /** The timeline and the scenario it was computed from (they must be drawn together). */
  result: { scenario: Scenario; timeline: Timeline } | null;
  error: string | null;
  pending: boolean;
}

export function useTimeline(api: LoopLabApi, scenario: Scenario | null): TimelineState {
  const latest = useMemo(createLatestOnly, []);
  // `settled` is the scenario whose simulation last finished (either way). Pending is derived
  // from it rather than stored, so an edit costs one render of the shell, not a second one
  // from a setState in this layout effect (that second pass ran in the edit's task and kept
  // the worker's reply waiting).
  const [state, setState] = useState<{ result: TimelineState['result']; error: string | null; settled: Scenario | null }>({ result: null, error: null, settled: null });

  // A layout effect starts the engine in the same task as the edit, not after the next paint.
  useLayoutEffect(() => {
    if (!scenario) { setState({ result: null, error: null, settled: null }); return; }
    const ticket = latest.begin();
    const segments = totalRequests(scenario) <= MAX_DRAWN_REQUESTS;
    timedSimulate(() => api.simulate(scenario, { segments }))
      .then((r) => {
        if (!ticket.isCurrent()) return;
        // On failure keep the last good timeline on screen, beside the message.
        setState((s) => (r.ok ? { result: { scenario, timeline: r.timeline }, error: null, settled: scenario } : { ...s, error: r.error, settled: scenario }));
      })
      .catch((err: unknown) => {
        if (ticket.isCurrent()) setState((s) => ({ ...s, error: String(err), settled: scenario }));
      });
  }, [api, scenario, latest]);

  const pending = scenario !== null && state.settled !== scenario;
  return useMemo(() => ({ result: state.result, error: state.error, pending }), [state.result, state.error, pending]);
}
