/**
 * How far a measured scenario's medians can be trusted: would another nine runs on the same
 * machine give medians that agree with these, within the tolerance the engine is held to?
 *
 * Estimated by resampling the measured runs (a bootstrap): draw as many runs as were measured,
 * with replacement and whole runs at a time (a run's requests stay together: beside CPU-bound
 * threads one lock-out delays several requests of a run at once), take each request's median
 * latency over the draw, and count the draws in which every request is within max(15 ms, 15 %)
 * of the measured median. A scenario whose runs agree with each other scores 1; one whose runs
 * spread widely (the GIL convoys) scores low, and then even an engine that reproduced the real
 * stack's spread exactly would often fail the per-request comparison: the measured median it is
 * compared with is itself a matter of luck. The draws come from a fixed-seed generator, so the
 * figures fidelity/README.md quotes are exact and checked.
 */
import type { Measured } from './compare';
import { tolerance } from './compare';
import { median } from '../shared/run/loadRun';

export interface SelfAgreement {
  /** Share of draws in which every request agreed with the measured median. */
  joint: number;
  /** Per request (by id order), the share of draws in which it agreed. */
  perRequest: number[];
}

/** A small seeded generator (mulberry32): the same draws on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `draws` resamples of the runs, each as many runs as were measured. */
export function selfAgreement(measured: Measured, draws = 2000, seed = 1): SelfAgreement {
  const ids = measured.requests.map((q) => q.id).sort((a, b) => a - b);
  const runs = measured.runs.map((run) => ids.map((id) => run.end_ms[id]! - run.arrival_ms[id]!));
  const n = runs.length;
  const medians = ids.map((_, i) => median(runs.map((r) => r[i]!)));
  const agreed = new Array<number>(ids.length).fill(0);
  let joint = 0;
  const random = seededRandom(seed);
  const picked = new Array<number[]>(n);
  const column = new Float64Array(n);
  for (let d = 0; d < draws; d++) {
    for (let k = 0; k < n; k++) picked[k] = runs[Math.floor(random() * n)]!;
    let all = true;
    for (let i = 0; i < ids.length; i++) {
      // Insertion sort: a draw holds a dozen runs at most.
      for (let k = 0; k < n; k++) {
        const x = picked[k]![i]!;
        let j = k;
        for (; j > 0 && column[j - 1]! > x; j--) column[j] = column[j - 1]!;
        column[j] = x;
      }
      const drawn = n % 2 ? column[n >> 1]! : (column[(n >> 1) - 1]! + column[n >> 1]!) / 2;
      const m = medians[i]!;
      if (Math.abs(drawn - m) <= tolerance(m)) agreed[i] = agreed[i]! + 1;
      else all = false;
    }
    if (all) joint++;
  }
  return { joint: joint / draws, perRequest: agreed.map((a) => a / draws) };
}

/** Below this share a scenario is listed in fidelity/README.md as hard to reproduce. */
export const LISTED_BELOW = 0.9;

const pct = (x: number) => `${Math.round(100 * x)} %`;
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

/** fidelity/README.md's table: the measured scenarios whose own runs agree least. */
export function selfAgreementMarkdown(all: readonly { name: string; measured: Measured }[]): string {
  const rows = all
    .map(({ name, measured }) => ({ name, measured, s: selfAgreement(measured) }))
    .filter((r) => r.s.joint < LISTED_BELOW)
    .sort((a, b) => a.s.joint - b.s.joint || a.name.localeCompare(b.name));
  const lines = [
    `Of the ${all.length} measured scenarios, ${all.length - rows.length} give medians that another set of runs would ` +
      `reproduce within max(15 ms, 15 %) on every request at least ${pct(LISTED_BELOW)} of the time ` +
      '(estimated by drawing the runs again, with replacement, 2,000 times). These do not:',
    '',
    '| scenario | runs | draws agreeing on every request | least reproducible request: measured median [min..max], share of draws agreeing |',
    '|---|---|---|---|',
  ];
  for (const { name, measured, s } of rows) {
    const ids = measured.requests.map((q) => q.id).sort((a, b) => a - b);
    let w = 0;
    for (let i = 1; i < ids.length; i++) if (s.perRequest[i]! < s.perRequest[w]!) w = i;
    const lat = measured.runs.map((run) => run.end_ms[ids[w]!]! - run.arrival_ms[ids[w]!]!);
    const m = median(lat);
    lines.push(`| \`${name}\` | ${measured.runs.length} | ${pct(s.joint)} | #${ids[w]} ${ms(m)} [${ms(Math.min(...lat))}..${ms(Math.max(...lat))}], ${pct(s.perRequest[w]!)} |`);
  }
  return lines.join('\n');
}
