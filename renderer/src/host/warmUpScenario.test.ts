import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../shared/scenario/load';
import { simulate } from '../../../shared/engine/simulate';
import { warmUpScenario } from './warmUpScenario';

describe('the engine warm-up scenario', () => {
  it('is a valid scenario that sends work down every path: loops, both pools, processes, the GIL', () => {
    const loaded = validateScenario(warmUpScenario);
    expect(loaded.ok).toBe(true);
    const t = simulate(warmUpScenario);
    const kinds = new Set(t.lanes.map((l) => l.kind));
    expect([...kinds].sort()).toEqual(['anyio', 'executor', 'loop', 'process']);
    const states = new Set(t.segments.map((s) => s.state));
    for (const s of ['cpu', 'await_io', 'blocking_io', 'gil_wait', 'token_wait', 'loop_wait']) expect(states).toContain(s);
    expect(t.requests).toHaveLength(2_000);
  });
});
