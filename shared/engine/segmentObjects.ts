/**
 * Segments as objects (docs/model.md#output), made from the recorder's columns: what
 * simulate() returns. At 100k requests that is a million objects, and their memory is most of
 * their cost (on this project's virtual machines a page touched for the first time costs about
 * 10 µs, and every object is copied once or twice by the garbage collector before it settles).
 *
 * Each number an object holds that is not a small integer is a heap number of its own when
 * the field is kept as a double, which V8 does for a field that has only ever held numbers:
 * three per segment (start, end, share): in Node, 48 of the 136 bytes a segment takes with its
 * object and its place in the list. Kept as tagged values, a share of 0 or 1 is a small
 * integer held in the object, and a time can point to the heap number of an equal time already
 * made: a share change closes a piece on every running thread at one instant, and a lane's next
 * segment starts where its last ended, so most times are met again soon. The numbers are equal
 * either way; only how they are stored differs.
 */
import type { Segment } from './timeline';
import { SEGMENT_STATES } from './timeline';
import type { SegmentColumns } from './segmentColumns';

/** The columns segmentObjects reads (one block of segmentColumns.ts's builder). */
export type SegmentBlock = Pick<SegmentColumns, 'lane' | 'request' | 'state' | 'path' | 'start' | 'end' | 'share'>;

/** Slots for recent times, by their microsecond (a power of two: a window of some 4 ms). */
const TIME_SLOTS = 4096;

/**
 * Numbers already made, to be pointed to again: each slot keeps the last time that fell in it,
 * as a value to compare and as the number itself. The numbers live in a plain array that also
 * holds null, so that V8 keeps them as the heap numbers they are (an array of numbers only
 * would hold their values unboxed, and each read would make a new one).
 */
export class NumberCache {
  readonly values = new Float64Array(TIME_SLOTS).fill(NaN); // NaN: equal to no time
  readonly numbers: (number | null)[] = new Array<number | null>(TIME_SLOTS).fill(null);
  /** The last fractional share met, as a value to compare ([0]) and as the number itself ([1]). */
  readonly shares: (number | null)[] = [NaN, null];

  constructor() {
    // V8 gives objects with the same keys in the same order one hidden class, and a field of
    // it the representation of what it has held: one object whose numbers are not numbers
    // makes the fields tagged for every segment object made after it.
    const tagged = null as unknown as number;
    void ({ lane: null, request: -1, path: [], state: SEGMENT_STATES[0]!, start: tagged, end: tagged, share: tagged } satisfies Segment);
  }
}

/**
 * Block `c`'s first `n` segments as objects, into `out` from `k`; returns where the next goes.
 * A function of its own, with nothing but this loop: inside a loop over the blocks, its code
 * optimised while it ran (on-stack) was dropped at the second block, and the compiler, slow on
 * a busy machine, left much of the 100k benchmark's million objects to the interpreter.
 */
export function segmentObjects(c: SegmentBlock, n: number, laneMap: Int32Array, paths: number[][], cache: NumberCache, out: Segment[], k: number): number {
  const cLane = c.lane, cRequest = c.request, cPath = c.path, cState = c.state, cStart = c.start, cEnd = c.end, cShare = c.share;
  const values = cache.values, numbers = cache.numbers, shares = cache.shares;
  const mask = TIME_SLOTS - 1;
  for (let i = 0; i < n; i++) {
    const l = cLane[i]!;
    // Times are whole microseconds in milliseconds: the microsecond picks the slot. Each time is
    // taken from its slot before the next is put in: the two may share one.
    const s = cStart[i]!;
    const ks = (s * 1e3) & mask;
    if (values[ks] !== s) {
      values[ks] = s;
      numbers[ks] = s;
    }
    const start = numbers[ks] as number;
    const e = cEnd[i]!;
    const ke = (e * 1e3) & mask;
    if (values[ke] !== e) {
      values[ke] = e;
      numbers[ke] = e;
    }
    const end = numbers[ke] as number;
    let share = cShare[i]!;
    if (share !== 0 && share !== 1) {
      // A fraction (a core shared by more threads than there are cores): a few values, in runs.
      if (shares[0] !== share) {
        shares[0] = share;
        shares[1] = share;
      }
      share = shares[1] as number;
    }
    out[k++] = {
      lane: l < 0 ? null : laneMap[l]!,
      request: cRequest[i]!,
      // Shared between segments: timelines are read-only data.
      path: paths[cPath[i]!]!,
      state: SEGMENT_STATES[cState[i]!]!,
      start,
      end,
      share,
    };
  }
  return k;
}
