import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScenario } from './load';
import { serializeScenario } from './serialize';
import { SMALL_SHAPE, WIDE_SHAPE, scenarioArbitrary } from './scenarioArbitrary';
import { defaultServer, type Scenario } from './types';

const example: Scenario = {
  name: 'blocking call in an async route',
  description: 'time.sleep(0.2) inside async def, five requests at once',
  server: defaultServer({ workers: 2 }),
  routes: [
    {
      name: 'report',
      kind: 'async',
      steps: [
        { label: 'time.sleep(0.2)', blocking_io: 200 },
        { to_thread: [{ cpu: 5 }], pool: 'anyio' },
      ],
    },
  ],
  requests: [{ count: 5, route: 'report', at: 0, every: 0 }],
};

describe('serializeScenario', () => {
  it('writes keys in the documented order, short objects on one line, and only non-default server fields', () => {
    expect(serializeScenario(example)).toBe(`{
  "name": "blocking call in an async route",
  "description": "time.sleep(0.2) inside async def, five requests at once",
  "server": { "workers": 2 },
  "routes": [
    {
      "name": "report",
      "kind": "async",
      "steps": [
        { "blocking_io": 200, "label": "time.sleep(0.2)" },
        { "to_thread": [{ "cpu": 5 }], "pool": "anyio" }
      ]
    }
  ],
  "requests": [{ "route": "report", "at": 0, "count": 5, "every": 0 }]
}
`);
  });

  it('leaves the server block out when every field is the default', () => {
    expect(serializeScenario({ ...example, server: defaultServer() })).not.toContain('"server"');
  });

  it('writes derived defaults only when they no longer follow cores', () => {
    const text = serializeScenario({ ...example, server: { ...defaultServer({ cores: 8 }), executorThreads: 4 } });
    expect(text).toContain('"server": { "cores": 8, "executorThreads": 4 }');
  });

  it('round-trips any valid scenario through parseScenario', () => {
    for (const shape of [SMALL_SHAPE, WIDE_SHAPE]) {
      fc.assert(
        fc.property(scenarioArbitrary(shape), (scenario) => {
          const result = parseScenario(serializeScenario(scenario));
          expect(result).toEqual({ ok: true, scenario });
        }),
        { numRuns: 300 },
      );
    }
  });

  it('is stable: serialising the loaded result again gives the same text', () => {
    fc.assert(
      fc.property(scenarioArbitrary(WIDE_SHAPE), (scenario) => {
        const text = serializeScenario(scenario);
        const again = parseScenario(text);
        expect(again.ok && serializeScenario(again.scenario)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
