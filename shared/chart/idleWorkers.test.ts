import { describe, expect, it } from 'vitest';
import { simulate } from '../engine/simulate';
import { defaultServer, type Scenario } from '../scenario/types';
import { idleWorkerNotes } from './idleWorkers';

const scenario = (requests: Scenario['requests'], workers = 2): Scenario => ({
  name: 't', server: defaultServer({ workers }),
  routes: [{ name: 'report', kind: 'sync', steps: [{ blocking_io: 200 }] }], requests,
});

describe('idle worker notes', () => {
  it('says why a second worker is empty when every request arrives at once', () => {
    const s = scenario([{ route: 'report', at: 0, count: 5, every: 0 }]);
    const notes = idleWorkerNotes(s, simulate(s), false);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.worker).toBe(1);
    expect(notes[0]!.short).toBe('No requests: all 5 arrived at once and worker 0, idle first, took them all');
    expect(notes[0]!.text).toMatch(/share one listening socket/);
  });
  it('tells it as a kitchen in chef mode', () => {
    const s = scenario([{ route: 'report', at: 0, count: 5, every: 0 }]);
    expect(idleWorkerNotes(s, simulate(s), true)[0]!.short).toBe("No tickets: all 5 came in at once and kitchen 0's chef, free first, took them all");
  });
  it('says nothing when every worker got requests, or there is one worker', () => {
    const busy = { ...scenario([{ route: 'report', at: 0, count: 5, every: 0 }]), routes: [{ name: 'report', kind: 'async' as const, steps: [{ cpu: 100 }] }] };
    const spread = { ...busy, requests: [{ route: 'report', at: 0, count: 4, every: 30 }] };
    expect(idleWorkerNotes(spread, simulate(spread), false)).toEqual([]);
    const one = scenario([{ route: 'report', at: 0, count: 5, every: 0 }], 1);
    expect(idleWorkerNotes(one, simulate(one), false)).toEqual([]);
  });
});
