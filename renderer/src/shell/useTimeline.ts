/**
 * Simulate a scenario whenever it changes; only the newest result is kept (see latestOnly).
 * A small scenario is simulated inline, during the render of the edit itself, so the charts
 * draw in the same task (see inlineSimulation); a big one goes through the host's engine (a
 * Web Worker, or Electron's engine thread). Undo and redo find their timelines in a small
 * cache (see resultCache). The timeline is derived, never stored in the document.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { LoopLabApi } from '../../../shared/ipc/contract';
import { totalRequests, type Scenario } from '../../../shared/scenario/types';
import type { Timeline } from '../../../shared/engine/timeline';
import { createLatestOnly } from './latestOnly';
import { timedSimulate } from './perfMarks';
import { INLINE_MAX_REQUESTS, simulateInline } from './inlineSimulation';
import { createResultCache } from './resultCache';
import { columnBytes } from '../../../shared/engine/segmentColumns';
import type { RevealGate } from './revealGate';

/** Past this many requests the charts would be unreadable anyway: compute metrics only. */
export const MAX_DRAWN_REQUESTS = 20_000;
/** Timelines kept for undo/redo, per chart: at most 8, and at most 128 MB of segments. */
const CACHE_BOUNDS = { capacity: 8, maxWeight: 128 * 2 ** 20, weightOf: (r: Result) => columnBytes(r.timeline) };

type Result = { scenario: Scenario; timeline: Timeline };

export interface TimelineState {
  /** The timeline and the scenario it was computed from (they must be drawn together). */
  result: Result | null;
  error: string | null;
  pending: boolean;
}

/**
 * `reveal`: the gate this chart shares with the other (revealGate.ts), and its name there;
 * without one, a worker's result is rendered as soon as it arrives. `inlineMaxRequests`: the
 * most requests simulated on the page (inlineSimulation.ts); bigger scenarios go to the host.
 */
export function useTimeline(api: LoopLabApi, scenario: Scenario | null, reveal?: { gate: RevealGate; key: string; preparer?: { current: ((result: Result) => void) | null } },
  inlineMaxRequests = INLINE_MAX_REQUESTS): TimelineState {
  const latest = useMemo(createLatestOnly, []);
  // A timeline depends on its scenario alone, whichever host simulated it: one cache per chart.
  const cache = useMemo(() => createResultCache<Scenario, Result>(CACHE_BOUNDS), []);
  // A result there is no need to wait for: remembered (undo, redo), or small enough to simulate now.
  const inline = useMemo<Result | null>(() => {
    if (!scenario) return null;
    const hit = cache.get(scenario);
    if (hit) return hit;
    const start = performance.now();
    const timeline = simulateInline(scenario, inlineMaxRequests);
    if (!timeline) return null;
    performance.measure('looplab:simulate', { start, end: performance.now() });
    const result = { scenario, timeline };
    cache.set(scenario, result);
    return result;
  }, [scenario, cache, inlineMaxRequests]);
  // `settled` is the scenario whose worker simulation last finished (either way). Pending is
  // derived from it rather than stored, so an edit costs one render of the shell, not a second
  // one from a setState in this layout effect.
  const [state, setState] = useState<{ result: Result | null; error: string | null; settled: Scenario | null }>({ result: null, error: null, settled: null });
  // What was last on screen: a failed worker run keeps it beside the message.
  const shown = useRef<Result | null>(null);

  // A layout effect starts the engine in the same task as the edit, not after the next paint.
  useLayoutEffect(() => {
    const ticket = latest.begin(); // also retires a worker run that an inline result overtook
    if (!scenario || inline) { reveal?.gate.idle(reveal.key); return; }
    const segments = totalRequests(scenario) <= MAX_DRAWN_REQUESTS;
    const shownWith = reveal?.gate.begin(reveal.key);
    // Rendered in the reply's own task (flushSync): a plain setState here is left to React's
    // scheduler, which runs it in a later task, often after a frame has painted. The gate
    // renders it together with the other chart's, if that one is about to arrive.
    const show = (next: typeof state) => {
      const prepare = next.result && next.error === null ? () => reveal?.preparer?.current?.(next.result!) : undefined;
      if (reveal && shownWith) reveal.gate.ready(shownWith, () => setState(next), prepare);
      else flushSync(() => setState(next));
    };
    timedSimulate(() => api.simulate(scenario, { segments }))
      .then((r) => {
        if (!ticket.isCurrent()) { if (shownWith) reveal?.gate.cancel(shownWith); return; }
        const next = r.ok ? { result: { scenario, timeline: r.timeline }, error: null, settled: scenario } : { result: shown.current, error: r.error, settled: scenario };
        if (r.ok) cache.set(scenario, next.result!);
        show(next);
      })
      .catch((err: unknown) => {
        if (ticket.isCurrent()) show({ result: shown.current, error: String(err), settled: scenario });
        else if (shownWith) reveal?.gate.cancel(shownWith);
      });
  }, [api, scenario, inline, latest, cache, reveal]);

  const pending = scenario !== null && inline === null && state.settled !== scenario;
  // While the worker runs, the last timeline on screen stays (whichever path drew it).
  const result = !scenario ? null : inline ?? (pending ? shown.current : state.result);
  const error = !scenario || inline ? null : state.error;
  shown.current = result;
  return useMemo(() => ({ result, error, pending }), [result, error, pending]);
}
