/**
 * Small scenarios are simulated right here on the page, inside the edit's own task. For 50
 * requests the engine needs about a millisecond, while the round trip to a worker waits for
 * the browser to paint a frame before the reply is handled: simulating inline is what keeps
 * an edit under one frame (16 ms). The event budget bounds the cost of a small scenario that
 * turns out to be heavy (hour-long bursts sliced by the GIL's switch interval): past it, the
 * scenario goes to the worker like a big one, so the page never blocks for long. The app
 * follows its own lesson: a short CPU burst on the loop is fine, a long one goes to a worker.
 */
import { simulateColumns } from '../../../shared/engine/simulate';
import { timelineWithLazySegments } from '../../../shared/engine/segmentColumns';
import { timelineWithLazyRequests } from '../../../shared/chart/requestTable';
import { totalRequests, type Scenario } from '../../../shared/scenario/types';
import type { Timeline } from '../../../shared/engine/timeline';

/** Above this many requests the worker is used without trying (the budget would run out anyway). */
export const INLINE_MAX_REQUESTS = 2_000;
/**
 * Beside the Python panel: the user points at lines and bars there while the charts come, so
 * the page never runs more than a few milliseconds of engine. A file's scenario is up to 200
 * routes of 10 requests, opened at once: both charts' first runs met a page engine cold for
 * that shape and blocked the page 100–700 ms under load, where the workers are warm.
 */
export const INLINE_MAX_REQUESTS_BESIDE_CODE = 200;
/** About 5 ms of engine work on the page (warm): the most an edit may spend here before handing off. */
export const INLINE_MAX_EVENTS = 25_000;

/** The timeline, or null when the scenario should go to the worker (too big, or it failed: the worker reports why). */
export function simulateInline(scenario: Scenario, maxRequests = INLINE_MAX_REQUESTS): Timeline | null {
  if (totalRequests(scenario) > maxRequests) return null;
  try {
    // Segments and requests stay columns, which is what the charts read (see segmentColumns.ts, requestTable.ts).
    const { timeline, columns, requests } = simulateColumns(scenario, { maxEvents: INLINE_MAX_EVENTS });
    return timelineWithLazyRequests(timelineWithLazySegments({ ...timeline, requests: [] }, columns), requests);
  } catch {
    // Over the budget (SimulationTooLargeError), or an engine error: the worker path runs it
    // again and turns an error into the same message as for any scenario.
    return null;
  }
}
