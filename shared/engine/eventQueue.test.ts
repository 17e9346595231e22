import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventKind, EventQueue, Priority } from './eventQueue';

describe('the event queue', () => {
  it('pops by time, then priority, then tie, then insertion order, whatever the push order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ t: fc.integer({ min: 0, max: 5 }), prio: fc.constantFrom(Priority.StateChange, Priority.Loop), tie: fc.integer({ min: -1, max: 3 }) }), { maxLength: 200 }),
        (events) => {
          const q = new EventQueue();
          events.forEach((e, i) => q.push(e.t, e.prio, e.tie, EventKind.Arrival, i));
          const expected = events.map((e, i) => ({ ...e, i })).sort((a, b) => a.t - b.t || a.prio - b.prio || a.tie - b.tie || a.i - b.i).map((e) => e.i);
          const got: unknown[] = [];
          for (let s = q.pop(); s >= 0; s = q.pop()) { got.push(q.target(s)); q.release(s); }
          expect(got).toEqual(expected);
        },
      ),
    );
  });

  it('places an event kept outside the heap where pushing it would have: nextIsBefore with a taken insertion number', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ t: fc.integer({ min: 0, max: 5 }), tie: fc.integer({ min: -1, max: 3 }) }), { minLength: 1, maxLength: 60 }),
        fc.nat(),
        (events, pick) => {
          const outside = pick % events.length;
          const q = new EventQueue();
          let kept = { t: 0, tie: 0, seq: 0 };
          events.forEach((e, i) => {
            if (i === outside) kept = { ...e, seq: q.takeSeq() };
            else q.push(e.t, Priority.StateChange, e.tie, EventKind.Arrival, i);
          });
          const expected = events.map((e, i) => ({ ...e, i })).sort((a, b) => a.t - b.t || a.tie - b.tie || a.i - b.i).map((e) => e.i);
          const got: number[] = [];
          let keptTaken = false;
          for (;;) {
            if (!keptTaken && !q.nextIsBefore(kept.t, Priority.StateChange, kept.tie, kept.seq)) {
              got.push(outside);
              keptTaken = true;
              continue;
            }
            const s = q.pop();
            if (s < 0) break;
            got.push(q.target(s) as number);
            q.release(s);
          }
          expect(got).toEqual(expected);
        },
      ),
    );
  });

  it('names the next event\'s time in nextTime after every push and pop, and Infinity once it is empty', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ t: fc.double({ min: 0, max: 100, noNaN: true }), pop: fc.boolean() }), { maxLength: 120 }),
        (ops) => {
          const q = new EventQueue();
          const live: number[] = [];
          for (const [i, o] of ops.entries()) {
            if (o.pop && live.length > 0) {
              const s = q.pop();
              live.splice(live.indexOf(q.time(s)), 1);
              q.release(s);
            } else {
              q.push(o.t, Priority.StateChange, i, EventKind.Arrival, i);
              live.push(o.t);
            }
            expect(q.nextTime).toBe(live.length === 0 ? Infinity : Math.min(...live));
            expect(q.nextIsBeforePriority(Priority.Loop)).toBe(live.length > 0);
          }
          while (q.size > 0) q.release(q.pop());
          expect(q.nextTime).toBe(Infinity);
          expect(q.nextIsBeforePriority(Priority.Loop)).toBe(false);
        },
      ),
    );
  });

  it('reuses a released slot without mixing up a live event', () => {
    const q = new EventQueue();
    q.push(1, Priority.Loop, 0, EventKind.GilWake, 'a', 7);
    const a = q.pop();
    q.push(2, Priority.StateChange, 5, EventKind.AwaitDone, 'b', 3);
    expect([q.time(a), q.kind(a), q.target(a), q.version(a)]).toEqual([1, EventKind.GilWake, 'a', 7]);
    q.release(a);
    q.push(0.5, Priority.StateChange, 1, EventKind.Arrival, 'c');
    const c = q.pop();
    expect(q.target(c)).toBe('c');
    const b = q.pop();
    expect([q.time(b), q.target(b), q.version(b)]).toEqual([2, 'b', 3]);
    expect(q.pop()).toBe(-1);
  });
});
