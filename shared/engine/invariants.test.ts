/**
 * Invariants that must hold for every scenario, checked over many generated ones.
 * Times are compared with a small tolerance because output is rounded to the microsecond.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AsyncStep, Route, Scenario, SyncStep } from '../scenario/types';
import { simulate } from './simulate';
import type { Segment, Timeline } from './timeline';
import { arbitraryScenario } from './arbitraryScenario';

const EPS = 0.002;
const RUNS = 300;

function byLane(t: Timeline): Map<number, Segment[]> {
  const m = new Map<number, Segment[]>();
  for (const s of t.segments) if (s.lane !== null) (m.get(s.lane) ?? m.set(s.lane, []).get(s.lane)!).push(s);
  return m;
}

/** Sweep over segment boundaries: the most of `weight` overlapping at any instant. */
function peakOverlap(segs: Segment[], weight: (s: Segment) => number): number {
  const points = segs.flatMap((s) => [[s.start + EPS, weight(s)] as const, [s.end - EPS, -weight(s)] as const]);
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let cur = 0;
  let peak = 0;
  for (const [, w] of points) peak = Math.max(peak, (cur += w));
  return peak;
}

/** The shortest a route can take with a whole core and nothing else running. */
function minDuration(steps: AsyncStep[]): number {
  let sum = 0;
  for (const s of steps) {
    if ('cpu' in s) sum += s.cpu;
    else if ('blocking_io' in s) sum += s.blocking_io;
    else if ('await_io' in s) sum += s.await_io;
    else if ('to_thread' in s) sum += minDuration(s.to_thread);
    else if ('to_process' in s) sum += minDuration(s.to_process);
    else sum += Math.max(0, ...s.gather.map(minDuration));
  }
  return sum;
}

/** Total nominal work of each kind a route does (gather branches add up). */
function work(steps: (AsyncStep | SyncStep)[], acc = { cpu: 0, blocking_io: 0, await_io: 0 }) {
  for (const s of steps) {
    if ('cpu' in s) acc.cpu += s.cpu;
    else if ('blocking_io' in s) acc.blocking_io += s.blocking_io;
    else if ('await_io' in s) acc.await_io += s.await_io;
    else if ('to_thread' in s) work(s.to_thread, acc);
    else if ('to_process' in s) work(s.to_process, acc);
    else for (const b of s.gather) work(b, acc);
  }
  return acc;
}

const routeOf = (sc: Scenario, name: string): Route => sc.routes.find((r) => r.name === name)!;

function check(property: (sc: Scenario, t: Timeline) => void) {
  fc.assert(fc.property(arbitraryScenario, (sc) => property(sc, simulate(sc))), { numRuns: RUNS, seed: 20261125 });
}

describe('engine invariants over generated scenarios', () => {
  it('never overlaps two segments on one lane (a loop or thread does one thing at a time)', () => {
    check((_, t) => {
      for (const segs of byLane(t).values()) {
        const sorted = [...segs].sort((a, b) => a.start - b.start);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end - EPS);
      }
    });
  });

  it('has at most one thread running Python per process while the GIL is on', () => {
    check((sc, t) => {
      if (!sc.server.gil) return;
      for (let w = 0; w < sc.server.workers; w++) {
        const lanes = new Set(t.lanes.filter((l) => l.worker === w && l.kind !== 'process').map((l) => l.id));
        const cpu = t.segments.filter((s) => s.state === 'cpu' && s.lane !== null && lanes.has(s.lane));
        expect(peakOverlap(cpu, () => 1)).toBeLessThanOrEqual(1);
      }
    });
  });

  it('never uses more CPU than there are cores, and no segment more than one core', () => {
    check((sc, t) => {
      const cpu = t.segments.filter((s) => s.state === 'cpu');
      for (const s of cpu) expect(s.share).toBeLessThanOrEqual(1);
      expect(peakOverlap(cpu, (s) => s.share)).toBeLessThanOrEqual(sc.server.cores + 1e-9);
    });
  });

  it("covers each request's row from arrival to end with no gap and nothing outside", () => {
    check((_, t) => {
      const rows = new Map<number, Segment[]>();
      for (const s of t.segments) if (s.request >= 0) (rows.get(s.request) ?? rows.set(s.request, []).get(s.request)!).push(s);
      for (const r of t.requests) {
        const segs = (rows.get(r.id) ?? []).sort((a, b) => a.start - b.start);
        if (r.end - r.arrival < EPS) continue;
        expect(segs[0]!.start).toBeCloseTo(r.arrival, 2);
        let reach = r.arrival;
        for (const s of segs) {
          expect(s.start).toBeLessThanOrEqual(reach + EPS);
          reach = Math.max(reach, s.end);
        }
        expect(reach).toBeCloseTo(r.end, 2);
      }
    });
  });

  it('is deterministic: the same scenario gives byte-identical timelines', () => {
    check((sc, t) => {
      expect(JSON.stringify(simulate(structuredClone(sc)))).toBe(JSON.stringify(t));
    });
  });

  it('never finishes a request faster than its own CPU and I/O allow', () => {
    check((sc, t) => {
      for (const r of t.requests) expect(r.latency).toBeGreaterThanOrEqual(minDuration(routeOf(sc, r.route).steps) - EPS);
    });
  });

  it('does exactly the work each route asks for: CPU (share × time), blocking and awaited I/O', () => {
    check((sc, t) => {
      const done = new Map<number, { cpu: number; blocking_io: number; await_io: number }>();
      for (const s of t.segments) {
        if (s.request < 0) continue;
        const acc = done.get(s.request) ?? done.set(s.request, { cpu: 0, blocking_io: 0, await_io: 0 }).get(s.request)!;
        if (s.state === 'cpu') acc.cpu += (s.end - s.start) * s.share;
        if (s.state === 'blocking_io') acc.blocking_io += s.end - s.start;
        if (s.state === 'await_io') acc.await_io += s.end - s.start;
      }
      for (const r of t.requests) {
        const want = work(routeOf(sc, r.route).steps);
        const got = done.get(r.id) ?? { cpu: 0, blocking_io: 0, await_io: 0 };
        expect(Math.abs(got.cpu - want.cpu)).toBeLessThan(0.05);
        expect(Math.abs(got.blocking_io - want.blocking_io)).toBeLessThan(0.05);
        expect(Math.abs(got.await_io - want.await_io)).toBeLessThan(0.05);
      }
    });
  });

  it('reports latency percentiles in order and within the observed latencies', () => {
    check((_, t) => {
      const { p50, p95, p99, max } = t.metrics.latency;
      expect(p50).toBeLessThanOrEqual(p95);
      expect(p95).toBeLessThanOrEqual(p99);
      expect(p99).toBeLessThanOrEqual(max);
      expect(max).toBeCloseTo(Math.max(...t.requests.map((r) => r.latency)), 2);
    });
  });
});
