import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GilTimerQueue, GilTimers } from './gilTimers';
import type { SimThread } from './simThread';

/** A stand-in thread: the timers only hold and hand back their threads. */
const thread = (name: string) => ({ name }) as unknown as SimThread;

describe('GIL timers', () => {
  it('hand back timeouts across GILs in the heap order: time, then request id, then the order they were queued', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ gil: fc.integer({ min: 0, max: 3 }), t: fc.integer({ min: 0, max: 6 }), tie: fc.integer({ min: -1, max: 3 }), shiftFirst: fc.boolean() }), { maxLength: 300 }),
        (ops) => {
          const all = new GilTimers();
          const queues = [0, 1, 2, 3].map(() => new GilTimerQueue(all));
          // Reference: every live timeout, and the ones already taken, in the order taken.
          const live: { t: number; tie: number; seq: number; th: SimThread }[] = [];
          const got: SimThread[] = [];
          const expected: SimThread[] = [];
          const byOrder = (a: (typeof live)[0], b: (typeof live)[0]) => a.t - b.t || a.tie - b.tie || a.seq - b.seq;
          const takeOne = () => {
            live.sort(byOrder);
            expect(all.nextAt).toBe(live[0]!.t);
            expected.push(live.shift()!.th);
            got.push(all.shift());
          };
          // Like the engine, nothing is queued before the clock (the last timeout taken).
          let now = 0;
          ops.forEach(({ gil, t, tie, shiftFirst }, seq) => {
            if (shiftFirst && live.length > 0) {
              now = all.nextAt;
              takeOne();
            }
            const th = thread(`#${seq}`);
            queues[gil]!.push(now + t, tie, th);
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
    const q = new GilTimerQueue(all);
    const threads = Array.from({ length: 100 }, (_, i) => thread(`#${i}`));
    // Take a few first so the ring's front is not at slot 0 when it grows.
    for (let i = 0; i < 5; i++) q.push(i, 0, threads[i]!);
    for (let i = 0; i < 5; i++) expect(all.shift()).toBe(threads[i]);
    for (let i = 5; i < 100; i++) q.push(1000 - i, 0, threads[i]!); // each earlier than the last: the slow path
    const order: SimThread[] = [];
    while (all.nextAt !== Infinity) order.push(all.shift());
    expect(order).toEqual(threads.slice(5).reverse());
  });
});
