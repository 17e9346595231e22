import { describe, expect, it } from 'vitest';
import { simulate } from '../../../shared/engine/simulate';
import { parseScenario } from '../../../shared/scenario/index';
import { packTimeline, unpackTimeline } from './packedTimeline';

describe('packed timeline', () => {
  it('comes back exactly as the engine made it, nested paths and all', () => {
    const parsed = parseScenario(JSON.stringify({
      name: 'mix', server: { cores: 1 },
      routes: [
        { name: 'a', kind: 'async', steps: [{ await_io: 5 }, { to_thread: [{ cpu: 3 }], pool: 'anyio' }, { gather: [[{ await_io: 2 }], [{ cpu: 1 }]] }] },
        { name: 's', kind: 'sync', steps: [{ blocking_io: 4 }, { cpu: 2 }] },
      ],
      requests: [{ route: 'a', at: 0, count: 3, every: 1 }, { route: 's', at: 1, count: 2, every: 0 }],
    }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const timeline = simulate(parsed.scenario);
    const { packed, transfer } = packTimeline(timeline);
    expect(transfer).toHaveLength(4);
    expect(unpackTimeline(structuredClone(packed))).toEqual(timeline);
  });
});
