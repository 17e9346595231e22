/** `looplab export --run RUN.json`: the diagram outlines a real run, and refuses a run of another scenario. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from './main';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'looplab-export-run-'));
const scenario = join(root, 'assets', 'scenarios', 'blocking-in-async.json');
const run = join(root, 'assets', 'runs', 'blocking-in-async.run.json');

async function looplab(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdin: new PassThrough() });
  return { code, stdout, stderr };
}

describe('export --run', { timeout: 30_000 }, () => {
  it('draws the requests view with each measured request outlined, the legend entry and what the run was', async () => {
    const out = join(dir, 'overlay.svg');
    const r = await looplab(['export', scenario, '--run', run, '--svg', out, '--theme', 'print']);
    expect(r.code, r.stderr).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg.match(/stroke-dasharray="7 4"/g)).toHaveLength(5);
    expect(svg).toContain('>#4 report</text>'); // the requests view
    expect(svg).toContain('measured (real run)');
    expect(svg).toMatch(/Dashed outlines: a real run \(5 runs · Python [\d.]+, FastAPI [\d.]+, uvicorn [\d.]+ · 2 cores\)/);
    expect(svg).toContain('5 of 5 requests agree within max(15 ms, 15 %)');
  });

  it('refuses a run of another scenario, saying which', async () => {
    const other = join(root, 'assets', 'scenarios', 'blocking-in-def.json');
    const r = await looplab(['export', other, '--run', run, '--svg', join(dir, 'x.svg')]);
    expect(r).toMatchObject({ code: 1, stderr: `looplab: ${run} measured another scenario (“The same blocking call in async def”): export that scenario with it, or measure this one with "looplab measure"\n` });
  });

  it('lists every problem of a broken run file with its path', async () => {
    const broken = JSON.parse(readFileSync(run, 'utf8'));
    broken.requests[1].latency_runs = [1, 2];
    delete broken.environment;
    const path = join(dir, 'broken.json');
    writeFileSync(path, JSON.stringify(broken));
    const r = await looplab(['export', scenario, '--run', path, '--svg', join(dir, 'y.svg')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path}: environment: is required`);
    expect(r.stderr).toContain(`${path}: requests[1].latency_runs: holds 2 latencies but "repeats" is 5 (one latency per timed run)`);
  });

  it('needs the requests view', async () => {
    const r = await looplab(['export', scenario, '--run', run, '--view', 'resources', '--svg', join(dir, 'z.svg')]);
    expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining('--run outlines each measured request: it draws the requests view') });
  });
});
