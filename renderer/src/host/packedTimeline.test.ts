import { describe, expect, it } from 'vitest';
import { simulate, simulateColumns } from '../../../shared/engine/simulate';
import { columnsOf } from '../../../shared/engine/segmentColumns';
import { parseScenario } from '../../../shared/scenario/index';
import { packTimeline, unpackTimeline } from './packedTimeline';

describe('packed timeline', () => {
  const parsed = parseScenario(JSON.stringify({
    name: 'mix', server: { cores: 1 },
    routes: [
      { name: 'a', kind: 'async', steps: [{ await_io: 5 }, { to_thread: [{ cpu: 3 }], pool: 'anyio' }, { gather: [[{ await_io: 2 }], [{ cpu: 1 }]] }] },
      { name: 's', kind: 'sync', steps: [{ blocking_io: 4 }, { cpu: 2 }] },
    ],
    requests: [{ route: 'a', at: 0, count: 3, every: 1 }, { route: 's', at: 1, count: 2, every: 0 }],
  }));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));

  it('comes back exactly as the engine made it, nested paths and all', () => {
    const { packed, transfer } = packTimeline(simulateColumns(parsed.scenario));
    expect(transfer).toHaveLength(13);
    expect(unpackTimeline(structuredClone(packed, { transfer }))).toEqual(simulate(parsed.scenario));
  });

  it('keeps the segments as columns for the chart, building objects only when read', () => {
    const { packed } = packTimeline(simulateColumns(parsed.scenario));
    const timeline = unpackTimeline(packed);
    expect(columnsOf(timeline)).toBe(packed.segments);
    expect(timeline.segments).toBe(timeline.segments); // built once, then kept
    expect(timeline.segments).toHaveLength(packed.segments.length);
  });

  it('sends the segment columns without most of their spare capacity', () => {
    const run = simulateColumns(parsed.scenario);
    const { packed } = packTimeline(run);
    expect(packed.segments.length).toBe(run.columns.length);
    expect(packed.segments.start.length).toBeLessThanOrEqual(Math.ceil(run.columns.length * 1.5));
  });
});
