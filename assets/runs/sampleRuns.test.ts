/** The sample runs shipped in assets/runs/ load, measured their built-in scenario, and agree with it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../shared/engine/simulate';
import { compareRun, runMatchesScenario } from '../../shared/run/compareRun';
import { parseRun } from '../../shared/run/loadRun';
import { parseScenario } from '../../shared/scenario/load';

const files = readdirSync(__dirname).filter((f) => f.endsWith('.run.json'));

describe('sample runs', () => {
  it('are there', () => expect(files.length).toBeGreaterThanOrEqual(2));
  for (const file of files) {
    it(`${file} is a valid run of assets/scenarios/${file.replace('.run.json', '.json')}, every request within the band`, () => {
      const run = parseRun(readFileSync(join(__dirname, file), 'utf8'));
      if (!run.ok) throw new Error(run.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
      const scenario = parseScenario(readFileSync(join(__dirname, '..', 'scenarios', file.replace('.run.json', '.json')), 'utf8'));
      if (!scenario.ok) throw new Error('scenario did not load');
      expect(runMatchesScenario(run.run, scenario.scenario)).toBe(true);
      const { requests } = simulate(scenario.scenario, { segments: false });
      const c = compareRun(run.run, { count: requests.length, arrival: (i) => requests[i]!.arrival, end: (i) => requests[i]!.end });
      expect(c.agreeing).toBe(c.total);
    });
  }
});
