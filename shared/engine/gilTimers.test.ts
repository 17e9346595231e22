import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GilTimerQueue, GilTimers } from './gilTimers';
import type { Gil } from './gil';
import type { Sim } from './simContext';
import type { SimThread } from './simThread';
import { simulate } from './simulate';
import { arbitraryScenario } from './arbitraryScenario';
import { scenario } from './testScenario';
import { parseScenario } from '../scenario/load';
import { mixedBenchDocument, withStep } from '../../bench/uiScenarios';

/** A stand-in thread: the timers only read its timeout and request id, and hand it back. */
const thread = (name: string, at = 0, request = 0) => ({ name, gilTimeoutAt: at, request }) as unknown as SimThread;

/**
 * A stand-in GIL that asks for every timeout in its turn and records it: the timers' own
 * order, without the GIL's bulk rules (gil.ts).
 */
function recordingQueue(all: GilTimers, taken: SimThread[]): GilTimerQueue {
  const stand = {
    fire(_sim: Sim, check: boolean) {
      expect(check).toBe(false);
      taken.push(q.shift());
      q.nextIsFront();
    },
  };
  const q = new GilTimerQueue(all, stand as unknown as Gil);
  return q;
}

const noSim = {} as Sim;

describe('GIL timers', () => {
  it('call timeouts across GILs in the heap order: time, then request id, then the order they were queued', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ gil: fc.integer({ min: 0, max: 3 }), t: fc.integer({ min: 0, max: 6 }), tie: fc.integer({ min: -1, max: 3 }), shiftFirst: fc.boolean() }), { maxLength: 300 }),
        (ops) => {
          const all = new GilTimers();
          const got: SimThread[] = [];
          const queues = [0, 1, 2, 3].map(() => recordingQueue(all, got));
          // Reference: every live timeout, and the ones already taken, in the order taken.
          const live: { t: number; tie: number; seq: number; th: SimThread }[] = [];
          const expected: SimThread[] = [];
          const byOrder = (a: (typeof live)[0], b: (typeof live)[0]) => a.t - b.t || a.tie - b.tie || a.seq - b.seq;
          const takeOne = () => {
            live.sort(byOrder);
            expect(all.nextAt).toBe(live[0]!.t);
            expected.push(live.shift()!.th);
            all.fire(noSim);
          };
          // Like the engine, nothing is queued before the clock (the last timeout taken).
          let now = 0;
          ops.forEach(({ gil, t, tie, shiftFirst }, seq) => {
            if (shiftFirst && live.length > 0) {
              now = all.nextAt;
              takeOne();
            }
            const th = thread(`#${seq}`, now + t, tie);
            queues[gil]!.push(th);
            queues[gil]!.nextIsFront();
            live.push({ t: now + t, tie, seq, th });
          });
          while (live.length > 0) takeOne();
          expect(got).toEqual(expected);
          expect(all.nextAt).toBe(Infinity);
        },
      ),
    );
  });

  it('keeps its order when one GIL queues more timeouts than its ring first holds', () => {
    const all = new GilTimers();
    const order: SimThread[] = [];
    const q = recordingQueue(all, order);
    // Each of the first five at its index, then each earlier than the last: the slow path.
    const threads = Array.from({ length: 100 }, (_, i) => thread(`#${i}`, i < 5 ? i : 1000 - i));
    // Take a few first so the ring's front is not at slot 0 when it grows.
    for (let i = 0; i < 5; i++) q.push(threads[i]!);
    q.nextIsFront();
    for (let i = 0; i < 5; i++) all.fire(noSim);
    for (let i = 5; i < 100; i++) q.push(threads[i]!);
    q.nextIsFront();
    order.length = 0;
    while (all.nextAt !== Infinity) all.fire(noSim);
    expect(order).toEqual(threads.slice(5).reverse());
  });
});

describe('GIL timeouts applied in bulk (gilTimers.ts)', () => {
  const bothWays = (sc: Parameters<typeof simulate>[0]) => [JSON.stringify(simulate(sc)), JSON.stringify(simulate(sc, { gilTimeoutsOneByOne: true }))];

  it('give the same timelines, to the byte and the event count, as one event per timeout', () => {
    fc.assert(
      fc.property(arbitraryScenario, (sc) => {
        const [bulk, oneByOne] = bothWays(sc);
        expect(bulk).toBe(oneByOne);
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('give the same timeline with forty threads queueing for one GIL beside a loop that needs it too', () => {
    const parsed = parseScenario(JSON.stringify(withStep(mixedBenchDocument(400), 1, { cpu: 20 })));
    if (!parsed.ok) throw new Error('the benchmark document is invalid');
    const [bulk, oneByOne] = bothWays(parsed.scenario);
    expect(bulk).toBe(oneByOne);
  });

  it('give the same timeline when pool threads without a request yet wait for the GILs of several processes at the same instants', () => {
    // Their timeouts tie across GILs on time and request id (-1): only the order they were
    // queued in tells them apart, which the run alone knows (without that rule, this differs).
    const sc = scenario(
      [{ name: 'r', kind: 'sync', steps: [{ cpu: 9 }, { blocking_io: 1 }, { cpu: 5 }] }],
      [{ route: 'r', at: 0, count: 38, every: 2 }],
      { workers: 3, cores: 3, switchIntervalMs: 1 },
    );
    const [bulk, oneByOne] = bothWays(sc);
    expect(bulk).toBe(oneByOne);
  });
});
