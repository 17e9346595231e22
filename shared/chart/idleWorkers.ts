/**
 * Why a worker's lane is empty. Uvicorn's workers share one listening socket; an idle loop
 * that wakes takes every connection waiting there (docs/model.md#accept). So five requests
 * that arrive together all go to the one worker that woke first, and `--workers 2` shows a
 * second, empty lane that looks like a bug unless the chart says why.
 */
import type { Scenario } from '../scenario/types';
import { isClosedArrival } from '../scenario/types';
import type { Timeline } from '../engine/timeline';
import { requestTableOf } from './requestTable';

export interface IdleWorkerNote {
  worker: number;
  /** One line for the empty lane itself. */
  short: string;
  /** The whole reason, for the tooltip and screen readers. */
  text: string;
}

const cache = new WeakMap<Timeline, { chef: boolean; notes: IdleWorkerNote[] }>();

/** A note for each worker that got no request (none when every worker got some, or none arrived). */
export function idleWorkerNotes(scenario: Scenario, timeline: Timeline, chef: boolean): IdleWorkerNote[] {
  const hit = cache.get(timeline);
  if (hit && hit.chef === chef) return hit.notes;
  const table = requestTableOf(timeline);
  const workers = scenario.server.workers;
  const served = new Array<number>(workers).fill(0);
  for (let i = 0; i < table.length; i++) served[table.worker(i)] = (served[table.worker(i)] ?? 0) + 1;
  const busy = served.flatMap((n, w) => (n > 0 ? [w] : []));
  const notes: IdleWorkerNote[] = [];
  if (table.length > 0 && busy.length < workers) {
    const together = arriveTogether(scenario);
    const n = table.length;
    const worker = chef ? 'kitchen' : 'worker';
    const takers = busy.length === 1 ? `${worker} ${busy[0]}` : `${chef ? 'kitchens' : 'workers'} ${busy.join(', ')}`;
    for (let w = 0; w < workers; w++) {
      if (served[w]! > 0) continue;
      const short = together
        ? chef ? `No tickets: all ${n} came in at once and ${takers}'s chef, free first, took them all`
          : `No requests: all ${n} arrived at once and ${takers}, idle first, took them all`
        : chef ? `No tickets: ${takers} was always free when one came in` : `No requests: ${takers} was always idle when one arrived`;
      const why = chef
        ? 'The kitchens share one order window: a chef who is free takes every ticket waiting there, so another kitchen only gets tickets when the first chef is busy.'
        : 'Workers share one listening socket: an idle event loop that wakes accepts every connection waiting there, so another worker only gets requests that arrive while the first is busy.';
      notes.push({ worker: w, short, text: `${chef ? 'Kitchen' : 'Worker'} ${w}: ${short.replace(/^No (requests|tickets): /, `no ${chef ? 'tickets' : 'requests'}, because `)}. ${why}` });
    }
  }
  cache.set(timeline, { chef, notes });
  return notes;
}

/** Every request of the scenario arrives at one instant (trains with no spacing, all at the same time). */
function arriveTogether(scenario: Scenario): boolean {
  const starts = new Set<number>();
  for (const a of scenario.requests) {
    if (isClosedArrival(a)) return false;
    if ((a.count ?? 1) > 1 && (a.every ?? 0) > 0) return false;
    starts.add(a.at);
  }
  return starts.size === 1;
}
