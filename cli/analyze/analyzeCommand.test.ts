// `looplab analyze`, run in-process through main() as the command line runs it: stdout, stderr, exit code.
import { Readable } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { parseScenario } from '../../shared/scenario/load';

const FIXTURES = join(__dirname, '..', '..', 'shared', 'analyze', '__fixtures__');
const dir = mkdtempSync(join(tmpdir(), 'looplab-analyze-'));

async function looplab(args: string[], input = '') {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, stdin: Readable.from([input]) });
  return { code, stdout, stderr };
}

describe('looplab analyze', { timeout: 60_000 }, () => {
  it('prints the scenario on stdout and the diagnostics on stderr as FILE:LINE:COL: CODE message, exit 0', async () => {
    const file = join(FIXTURES, 'blocking_sleep_in_async.py');
    const { code, stdout, stderr } = await looplab(['analyze', file]);
    expect(code).toBe(0);
    const loaded = parseScenario(stdout);
    expect(loaded.ok && loaded.scenario.routes).toEqual([{ name: 'GET /report', kind: 'async', steps: [{ blocking_io: 200, label: 'time.sleep(0.2)', line: 11, column: 5 }] }]);
    expect(stderr).toBe(`${file}:11:5: ASYNC251 time.sleep(0.2) blocks the event loop 200 ms per request; the other 9 requests wait. Fix: await asyncio.sleep(…) instead; or await run_in_threadpool(…), so it runs on a pool thread; or make the route def (FastAPI runs it on a pool thread)\n`);
  });

  it('reads standard input for -, and names it <stdin>', async () => {
    const { code, stdout, stderr } = await looplab(['analyze', '-'], 'import time\n@app.get("/x")\nasync def x():\n    time.sleep(0.05)\n');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).name).toBe('standard input');
    expect(stderr).toMatch(/^<stdin>:4:5: ASYNC251 /);
  });

  it('sends --requests to each route and leaves notes out with --quiet', async () => {
    const file = join(FIXTURES, 'upload_open_in_async.py');
    const loud = await looplab(['analyze', file]);
    const quiet = await looplab(['analyze', '--quiet', '--requests', '3', file]);
    expect(loud.stderr).toContain(`${file}:11:16: LOOP201 await file.read(): 5 ms assumed`);
    expect(quiet.stderr).not.toContain('LOOP201');
    expect(quiet.stderr).toContain(`${file}:13:10: ASYNC230 `);
    expect(quiet.stderr).toContain('the other 2 requests wait');
    expect(JSON.parse(quiet.stdout).requests).toEqual([{ route: 'POST /upload', at: 0, count: 3, every: 0 }]);
  });

  it('exits 1 with what it looked for when the file has no FastAPI route, printing no scenario', async () => {
    const file = join(FIXTURES, 'no_routes.py');
    const { code, stdout, stderr } = await looplab(['analyze', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: no FastAPI route found: looked for functions decorated with @app\\.get`));
  });

  it('exits 1 naming line and column for binary data', async () => {
    const file = join(dir, 'image.py');
    writeFileSync(file, Buffer.from([0x69, 0x6d, 0x0a, 0x00, 0xff]));
    const { code, stderr } = await looplab(['analyze', file]);
    expect(code).toBe(1);
    expect(stderr).toBe(`${file}:2:1: this is not Python source: it contains binary data (a NUL byte at line 2, column 1)\n`);
  });

  it('exits 1 for a file over the 1 MB limit, just over or far over, printing no scenario', async () => {
    const over = join(dir, 'over.py');
    writeFileSync(over, `# ${'x'.repeat(1024 * 1024)}\n`);
    expect(await looplab(['analyze', over])).toEqual({ code: 1, stdout: '', stderr: `${over}: the file is 1,048,579 characters, more than the limit of 1,048,576 (1 MB) for a file to analyse; open the module that defines the routes\n` });
    const far = join(dir, 'far.py');
    writeFileSync(far, '#'.repeat(5 * 1024 * 1024));
    expect(await looplab(['analyze', far])).toEqual({ code: 1, stdout: '', stderr: `looplab: cannot read ${far}: 5242880 bytes is far beyond the 1 MB limit for a file to analyse\n` });
    expect(await looplab(['analyze', '-'], '#'.repeat(5 * 1024 * 1024))).toEqual({ code: 1, stdout: '', stderr: 'looplab: cannot read standard input: it is far beyond the 1 MB limit for a file to analyse\n' });
  });

  it('exits 1 naming the first syntax error when nothing in the file parses as a route', async () => {
    const { code, stdout, stderr } = await looplab(['analyze', '-'], ')))) def (((\n@@@ :::\n');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('<stdin>:1:1: no FastAPI route found');
    expect(stderr).toContain('the file has a syntax error at line 1, column 1');
  });

  it('exits 2 for bad usage and unreadable files', async () => {
    expect(await looplab(['analyze'])).toMatchObject({ code: 2, stderr: expect.stringContaining("analyze needs a FILE.py (a FastAPI app's Python source, or - for standard input)") });
    expect(await looplab(['analyze', '--requests', 'ten', join(FIXTURES, 'no_routes.py')])).toMatchObject({ code: 2, stderr: 'looplab: --requests must be a whole number from 1 to 1000 (got "ten")\n' });
    expect(await looplab(['analyze', join(dir, 'missing.py')])).toMatchObject({ code: 2, stderr: `looplab: cannot read ${join(dir, 'missing.py')}: no such file\n` });
    expect(await looplab(['analyze', dir])).toMatchObject({ code: 2, stderr: `looplab: cannot read ${dir}: it is a directory, not a Python file\n` });
    expect(await looplab(['analyze', '--bogus', join(FIXTURES, 'no_routes.py')])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option --bogus for analyze') });
    expect(await looplab(['analyze', join(FIXTURES, 'no_routes.py'), join(FIXTURES, 'awaited_sleep.py')])).toMatchObject({ code: 2 });
  });
});
