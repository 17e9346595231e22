/**
 * A binary min-heap of simulation events, ordered by (time, priority, tie, sequence).
 * `tie` carries the request id (docs/model.md#order: ties broken by priority, then request id);
 * `seq` is insertion order, so equal keys still pop deterministically.
 *
 * Events live in typed-array slots and the heap holds slot numbers: a 10,000-request run
 * pushes ~80,000 events, and as objects every comparison chased two pointers (the heap's
 * sift loops were a fifth of the engine's time) and every event was garbage to collect.
 */

import { grown } from './typedArrays';

export const enum EventKind {
  Arrival,
  AwaitDone,
  ThreadStepDone,
  GilWake,
  LoopWake,
}

/**
 * Lower runs first at the same instant. Only state changes are in the heap: the GIL's timed
 * waits that end at that instant come after them (gilTimers.ts keeps those apart), and loop
 * runs last (simulate.ts keeps those in `dueLoops`); `Loop` is what nextIsBeforePriority() asks about.
 */
export const enum Priority {
  StateChange = 0,
  Loop = 1,
}

/** Priority and tie in one integer: tie is a request id (< 2^21 by the loader's limits) or -1. */
const TIE_SPAN = 1 << 22;

// push() writes `nextTime` at every call and pop() has no branch for an emptied heap, and pop()
// reads and compares every key of the child it may move up, not only in the branches that need
// them (a new first event, an emptied heap, a tie in time and key): V8 starts keeping type
// feedback for a function only once it has run a while, so a branch the run took at its first
// events and rarely after had none when the compiler optimised the function, and taking it
// again threw that code away — the heap's, and that of the functions it was inlined into (the
// run's main step, the GIL's wake-ups): ten of the 100k benchmark's fifteen deoptimisations,
// each followed by a compile on a busy machine. The other comparisons keep their short circuits:
// reading every key there too cost the 1M-request run some 5 %, and their branches had feedback.
//
// `nextTime` is read from the heap's first place, even when it is empty: one place past the
// heap's end always holds SENTINEL, a slot whose time is Infinity, so the emptied heap's first
// place holds it. Written `m === 0 ? Infinity : times[h[0]]`, the choice of a constant and a
// fraction made pop() box the fraction in a new heap number at every call (a million in the
// 100k-request run) only to unbox it into the field.

/** The slot the place past the heap's end holds: never an event, its time Infinity. */
const SENTINEL = 0;

export class EventQueue {
  private heap = new Int32Array(64);
  private n = 0;
  private seqNext = 0;
  /** When the next event comes (Infinity when empty): a field, read on every step of the run. */
  nextTime = Infinity;
  // One slot per live event.
  private t = new Float64Array(64);
  private key = new Int32Array(64);
  private seq = new Float64Array(64);
  private kinds = new Uint8Array(64);
  private versions = new Float64Array(64);
  private targets: unknown[] = new Array<unknown>(64).fill(null);
  private free: number[] = [];
  private slots = SENTINEL + 1;

  constructor() {
    this.t[SENTINEL] = Infinity;
  }

  get size(): number {
    return this.n;
  }

  push(t: number, prio: Priority, tie: number, kind: EventKind, target: unknown, version = 0): void {
    let s = this.free.pop();
    if (s === undefined) {
      s = this.slots++;
      if (s === this.t.length) this.growSlots();
    }
    const key = prio * TIE_SPAN + tie + 1;
    const seq = this.seqNext++;
    this.t[s] = t;
    this.key[s] = key;
    this.seq[s] = seq;
    this.kinds[s] = kind;
    this.versions[s] = version;
    this.targets[s] = target;
    if (this.n + 1 === this.heap.length) this.growHeap();
    const h = this.heap, times = this.t, keys = this.key, seqs = this.seq;
    let i = this.n++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = h[parent]!;
      const pt = times[p]!;
      if (pt < t || (pt === t && (keys[p]! < key || (keys[p] === key && seqs[p]! < seq)))) break;
      h[i] = p;
      i = parent;
    }
    h[i] = s;
    h[this.n] = SENTINEL;
    this.nextTime = times[h[0]!]!;
  }

  /**
   * True when the next event's priority is below `prio` (false when empty). The caller compares
   * `nextTime` itself rather than pass a time to a call the compiler may not inline (a heap
   * number made at every call).
   */
  nextIsBeforePriority(prio: Priority): boolean {
    return this.n > 0 && this.key[this.heap[0]!]! < prio * TIE_SPAN;
  }

  /**
   * An insertion number for an event kept outside the heap (cores.ts: the next burst end), so it
   * takes its place among the heap's events as if it had been pushed now.
   */
  takeSeq(): number {
    return this.seqNext++;
  }

  /**
   * True when the heap's next event comes before an event kept outside it at (t, prio, tie, seq)
   * (false when empty).
   */
  nextIsBefore(t: number, prio: Priority, tie: number, seq: number): boolean {
    if (this.n === 0) return false;
    const top = this.heap[0]!;
    const tt = this.t[top]!;
    if (tt !== t) return tt < t;
    const key = prio * TIE_SPAN + tie + 1;
    const tk = this.key[top]!;
    return tk < key || (tk === key && this.seq[top]! < seq);
  }

  /** The next event's slot, or -1 when the queue is empty; read it, then release() it. */
  pop(): number {
    const n = this.n;
    if (n === 0) return -1;
    const h = this.heap;
    const top = h[0]!;
    const last = h[n - 1]!;
    // With nothing left (m = 0) the loop stops at once and `last` is `top`, which SENTINEL, at the
    // place past the end, then replaces: no branch of its own.
    const m = --this.n;
    const times = this.t, keys = this.key, seqs = this.seq;
    const lt = times[last]!, lk = keys[last]!, ls = seqs[last]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= m) break;
      let c = l;
      const r = l + 1;
      if (r < m) {
        const a = h[r]!, b = h[l]!;
        const at = times[a]!, bt = times[b]!;
        if (at < bt || (at === bt && (keys[a]! < keys[b]! || (keys[a] === keys[b] && seqs[a]! < seqs[b]!)))) c = r;
      }
      const cs = h[c]!;
      const ct = times[cs]!, ck = keys[cs]!, keyBefore = ck < lk, keyTie = ck === lk, seqBefore = seqs[cs]! < ls;
      if (!(ct < lt || (ct === lt && (keyBefore || (keyTie && seqBefore))))) break;
      h[i] = cs;
      i = c;
    }
    h[i] = last;
    h[m] = SENTINEL;
    this.nextTime = times[h[0]!]!;
    return top;
  }

  time(slot: number): number { return this.t[slot]!; }
  kind(slot: number): EventKind { return this.kinds[slot]!; }
  target(slot: number): unknown { return this.targets[slot]; }
  version(slot: number): number { return this.versions[slot]!; }

  /** Give back a popped event's slot once it has been handled. */
  release(slot: number): void {
    this.targets[slot] = null;
    this.free.push(slot);
  }

  // Growing is rare: kept out of push() so its hot path stays small for the JIT.
  private growHeap(): void {
    this.heap = grown(this.heap, this.heap.length * 2);
  }

  private growSlots(): void {
    const n = this.t.length * 2;
    this.t = grown(this.t, n);
    this.key = grown(this.key, n);
    this.seq = grown(this.seq, n);
    this.kinds = grown(this.kinds, n);
    this.versions = grown(this.versions, n);
    for (let i = this.targets.length; i < n; i++) this.targets.push(null);
  }
}
