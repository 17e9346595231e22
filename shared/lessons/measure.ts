/**
 * Evaluate a lesson's claims and facts on the engine's timelines. Pure, so the tests use it
 * to keep the text honest and a UI may use it to show the same numbers live.
 */
import { simulate } from '../engine/simulate';
import type { Timeline } from '../engine/timeline';
import type { Claim, CompareOp, Fact, LatencyStat, Lesson, Measure, Side } from './types';

export type TimelinePair = Record<Side, Timeline | undefined>;

export function simulatePair(lesson: Lesson): TimelinePair {
  const { before, after } = lesson.scenarios;
  return { before: simulate(before), after: after ? simulate(after) : undefined };
}

/** Nearest-rank, as the engine's metrics, so a claim of "p95" means the same thing everywhere. */
function stat(values: number[], which: LatencyStat): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  switch (which) {
    case 'min':
      return sorted[0]!;
    case 'max':
      return sorted[sorted.length - 1]!;
    case 'mean':
      return sorted.reduce((a, b) => a + b, 0) / sorted.length;
    default: {
      const p = which === 'p50' ? 50 : 95;
      const rank = Math.ceil((p / 100) * sorted.length);
      return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
    }
  }
}

export function measure(t: Timeline, m: Measure): number {
  switch (m.kind) {
    case 'end':
    case 'latency': {
      const r = t.requests[m.request];
      if (!r) throw new Error(`no request ${m.request} in this timeline`);
      return m.kind === 'end' ? r.end : r.latency;
    }
    case 'nthFinished': {
      const ends = t.requests.map((r) => r.end).sort((a, b) => a - b);
      const end = ends[m.rank - 1];
      if (end === undefined) throw new Error(`only ${ends.length} requests, no ${m.rank}th to finish`);
      return end;
    }
    case 'latencyStat': {
      const rs = m.route === undefined ? t.requests : t.requests.filter((r) => r.route === m.route);
      if (rs.length === 0) throw new Error(`no requests for route ${m.route}`);
      return stat(rs.map((r) => r.latency), m.stat);
    }
    case 'makespan':
      return t.metrics.makespan;
    case 'peakThreads':
      return t.metrics.peakThreads;
    case 'loopBlocked':
      return t.metrics.loopBlockedTotalMs;
    case 'coresUsed':
      return t.metrics.cpuUtilisation.filter((u) => u > 0).length;
    case 'workersUsed':
      return new Set(t.requests.map((r) => r.worker)).size;
    case 'lanes':
      return t.lanes.filter((l) => m.laneKind === undefined || l.kind === m.laneKind).length;
    case 'maxStateTime':
      return Math.max(0, ...t.requests.map((r) => r.time[m.state]));
  }
}

/** What the engine says a claim's value is, rounded as the text shows it. */
export function evaluateClaim(claim: Claim, pair: TimelinePair, all: readonly Claim[]): number {
  if ('ratio' in claim) {
    const [num, den] = claim.ratio.map((id) => {
      const c = all.find((x) => x.id === id);
      if (!c || 'ratio' in c) throw new Error(`ratio ${claim.id}: ${id} is not a measured claim`);
      return evaluateClaim(c, pair, all);
    }) as [number, number];
    return Math.round((num / den) * 10) / 10;
  }
  const t = pair[claim.side];
  if (!t) throw new Error(`claim ${claim.id} reads the ${claim.side} timeline, which this lesson lacks`);
  return Math.round(measure(t, claim.measure));
}

export function compare(a: number, op: CompareOp, b: number): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '=':
      return a === b;
    case '>=':
      return a >= b;
    case '>':
      return a > b;
  }
}

/** A fact, checked on the claims' stated values (which the tests tie to the engine). */
export function factHolds(fact: Fact, claims: readonly Claim[]): boolean {
  const value = (ref: string | number): number => {
    if (typeof ref === 'number') return ref;
    const c = claims.find((x) => x.id === ref);
    if (!c) throw new Error(`fact "${fact.says}" names unknown claim ${ref}`);
    return c.value;
  };
  return compare(value(fact.left), fact.op, value(fact.right));
}
