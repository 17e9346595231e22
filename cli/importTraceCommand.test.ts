/** `looplab import-trace`: a real app's spans → a scenario of their arrivals and a run to compare it with. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseRun } from '../shared/run/loadRun';
import { runMatchesScenario } from '../shared/run/compareRun';
import { parseScenario } from '../shared/scenario/load';
import { main } from './main';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'shared', 'run', '__fixtures__');
const dir = mkdtempSync(join(tmpdir(), 'looplab-import-trace-'));

async function looplab(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdin: new PassThrough() });
  return { code, stdout, stderr };
}

describe('looplab import-trace', { timeout: 30_000 }, () => {
  it('writes a scenario of the arrivals and a run of it, and says how they compare', async () => {
    const scenario = join(dir, 'shop.json');
    const run = join(dir, 'shop.run.json');
    const r = await looplab(['import-trace', join(fixtures, 'shop.otlp.jsonl'), '--scenario', scenario, '--run', run]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^shop: shop\.otlp\.jsonl: 13 requests to 3 routes\n/);
    expect(r.stdout).toContain('13 of 13 requests within max(15 ms, 15 %)');
    expect(r.stderr).toContain("note: 13 spans that are not a request's server span were left out");
    const s = parseScenario(readFileSync(scenario, 'utf8'));
    const written = parseRun(readFileSync(run, 'utf8'));
    expect(s.ok && written.ok && runMatchesScenario(written.run, s.scenario)).toBe(true);
    // and the diagram takes them together
    expect((await looplab(['export', scenario, '--run', run, '--svg', join(dir, 'shop.svg')])).code).toBe(0);
  });

  it('with --bind, takes each route\'s steps from the FastAPI file where the names match', async () => {
    const scenario = join(dir, 'bound.json');
    const r = await looplab(['import-trace', join(fixtures, 'shop.otlp.jsonl'), '--bind', join(fixtures, 'shop_app.py'), '--scenario', scenario]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('bound to');
    expect(r.stderr).toContain(': GET /items/{item_id}, GET /report; placeholders kept for POST /items');
    const s = parseScenario(readFileSync(scenario, 'utf8'));
    if (!s.ok) throw new Error('the bound scenario does not load');
    expect(s.scenario.routes.find((x) => x.name === 'GET /report')).toMatchObject({ kind: 'sync', steps: [{ blocking_io: 200 }] });
    expect(s.scenario.routes.find((x) => x.name === 'POST /items')!.steps[0]).toMatchObject({ await_io: 30 });
  });

  it('names the line and path of each problem, exit 1', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"resourceSpans": []}\n{"spans": 1}\n');
    const r = await looplab(['import-trace', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${bad}: line 2 › resourceSpans: is missing (an OTLP TracesData: {"resourceSpans": [{"resource": …, "scopeSpans": [{"spans": […]}]}]})\n`);
  });
});
