import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../shared/scenario/load';
import { runSimulation } from '../../shared/ipc/runSimulation';
import { runRequest } from './engineWorker';

describe('the Electron engine worker', () => {
  it('words a simulation that is too large exactly as the page\'s engine does', () => {
    const parsed = parseScenario(JSON.stringify({
      name: 'heavy', routes: [{ name: 'r', kind: 'sync', steps: [{ cpu: 1000 }] }],
      requests: [{ route: 'r', at: 0, count: 4, every: 0 }],
    }));
    if (!parsed.ok) throw new Error('fixture');
    const options = { maxEvents: 100 };
    const fromWorker = runRequest({ id: 1, scenario: parsed.scenario, options });
    expect(fromWorker).toEqual(runSimulation(parsed.scenario, options));
    expect(fromWorker).toMatchObject({ ok: false, error: expect.stringMatching(/^The simulation failed: this scenario needs more than 100 simulation events/) });
  });

  it('refuses a scenario the loader refuses, naming where', () => {
    expect(runRequest({ id: 1, scenario: { name: 'x', routes: [], requests: [{ route: 'nope', at: 0 }] } })).toMatchObject({
      ok: false, error: expect.stringMatching(/^The scenario is not valid: routes: is empty/),
    });
  });
});
