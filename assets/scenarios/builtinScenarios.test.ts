// The built-in scenarios (assets/scenarios) are tested here, beside their first Node consumer,
// because vitest's include list covers shared/, renderer/, electron/, cli/ and scripts/ only.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '.';
import { validateScenario } from '../../shared/scenario/load';
import { simulate } from '../../shared/engine/simulate';
import type { Scenario } from '../../shared/scenario/types';
import type { Timeline } from '../../shared/engine/timeline';

const folder = fileURLToPath(new URL('./', import.meta.url));

function load(id: string): Scenario {
  const entry = BUILTIN_SCENARIOS.find((b) => b.id === id);
  const result = validateScenario(entry?.scenario);
  if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.errors)}`);
  return result.scenario;
}
const ends = (t: Timeline) => t.requests.map((r) => r.end);
/**
 * Each end is the promised figure, later by at most `slack` ms: the server's own work per request
 * and, on a server that has just started, starting its pools (docs/model.md#server-work, #start-up).
 */
const endsNear = (t: Timeline, promised: number[], slack = 5) => {
  const got = ends(t);
  expect(got).toHaveLength(promised.length);
  got.forEach((end, i) => {
    expect(end).toBeGreaterThanOrEqual(promised[i]!);
    expect(end).toBeLessThanOrEqual(promised[i]! + slack);
  });
};

describe('the built-in scenarios', () => {
  it('list every JSON file in assets/scenarios exactly once, by file name', () => {
    const files = readdirSync(folder).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect([...BUILTIN_SCENARIOS.map((b) => b.id)].sort()).toEqual(files.sort());
  });

  it.each(BUILTIN_SCENARIOS.map((b) => [b.id, b] as const))('%s validates and simulates', (id) => {
    const scenario = load(id);
    const timeline = simulate(scenario);
    expect(timeline.requests.length).toBe(timeline.metrics.requests);
  });

  it.each(BUILTIN_SCENARIOS.map((b) => [b.id] as const))('%s has a name and a one-line description', (id) => {
    const scenario = load(id);
    expect(scenario.name.length).toBeGreaterThan(5);
    expect(scenario.description).toMatch(/^[^\n]{20,200}$/);
  });

  it.each(BUILTIN_SCENARIOS.filter((b) => b.id !== 'threadpool-exhaustion').map((b) => [b.id] as const))(
    '%s is small enough to read on a chart (5–20 requests)',
    (id) => {
      const n = simulate(load(id)).requests.length;
      expect(n).toBeGreaterThanOrEqual(5);
      expect(n).toBeLessThanOrEqual(20);
    },
  );
});

// What each description promises a learner, checked twice: the description says it (so a
// reworded description cannot drop the figure unnoticed) and the engine does it (so a rule change
// cannot leave the figure stale, as the GIL's wake-ups once left "together at 200 ms").
const says = (id: string, phrase: string) => expect(load(id).description, `${id}'s description`).toContain(phrase);

describe('what the built-in scenarios show', () => {
  it('a blocking call in def: all five end together, at about 200 ms', () => {
    says('blocking-in-def', 'all five finish together, at about 200 ms');
    // A fresh server starts five threads, each woken with its job: the last ends ~5 ms late
    // (measured on a warm server, c_sync_blocking: 203 ms).
    endsNear(simulate(load('blocking-in-def')), [200, 200, 200, 200, 200], 6);
  });

  it('the same call in async def: one after another, the last at 1 s', () => {
    says('blocking-in-async', 'five requests finish one after another, the last at 1 s');
    endsNear(simulate(load('blocking-in-async')), [200, 400, 600, 800, 1000]);
  });

  it('awaited I/O and the to_thread fix: all end at about 200 ms', () => {
    says('await-io', 'all finish at about 200 ms');
    says('to-thread-fix', 'all five finish at about 200 ms');
    for (const id of ['await-io', 'to-thread-fix']) {
      for (const end of ends(simulate(load(id)))) {
        expect(end).toBeGreaterThanOrEqual(200);
        expect(end).toBeLessThanOrEqual(215);
      }
    }
  });

  it('CPU on the loop serialises; the process pool runs two at a time', () => {
    says('cpu-on-loop', 'finish one after another, at about 100, 200, 300, 400 and 500 ms');
    endsNear(simulate(load('cpu-on-loop')), [100, 200, 300, 400, 500]);
    says('cpu-in-process-pool', 'runs on two cores in parallel');
    // The first job forks the pool's two processes (PROCESS_START_MS, 4 ms, each: 8 ms on the loop) before any runs.
    endsNear(simulate(load('cpu-in-process-pool')), [100, 100, 200, 200, 300], 10);
  });

  it('thread-pool exhaustion: 40 end at about 500 ms, the other 20 at about 1 s', () => {
    says('threadpool-exhaustion', 'only 40 get one of AnyIO\'s thread tokens, the other 20 wait and finish at about 1 s');
    const all = ends(simulate(load('threadpool-exhaustion')));
    // Reading 60 requests, starting 40 threads and their GIL hand-offs (each a thread's wake-up,
    // docs/model.md#gil-handoff) take the loop ~45 ms.
    expect(all.filter((e) => e >= 500 && e < 550)).toHaveLength(40);
    expect(all.filter((e) => e >= 1000 && e < 1050)).toHaveLength(20);
  });

  it('gather: a request takes about as long as its slowest call', () => {
    says('gather-three', 'a request takes about as long as the slowest call (150 ms)');
    for (const r of simulate(load('gather-three')).requests) expect(r.latency).toBeCloseTo(153, 0);
  });

  it('two workers keep every request at 100 ms where one worker lets a queue build', () => {
    says('workers-one', 'the last takes about 460 ms');
    says('workers-two', 'each takes just its 100 ms');
    const one = simulate(load('workers-one')).requests;
    const two = simulate(load('workers-two')).requests;
    const last = one.at(-1)!.latency;
    expect(last).toBeGreaterThanOrEqual(460);
    expect(last).toBeLessThanOrEqual(465);
    for (const r of two) expect(r.latency).toBeLessThanOrEqual(105);
  });

  it('a GIL-bound def route slows the async health checks', () => {
    says('gil-starves-loop', 'quick async health checks must win the GIL back every 5 ms and slow down');
    const health = simulate(load('gil-starves-loop')).requests.filter((r) => r.route === 'health');
    for (const r of health) expect(r.latency).toBeGreaterThan(9); // 9 ms is a health check alone
  });
});
