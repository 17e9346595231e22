/**
 * `looplab measure` as a user runs it: a real measurement written to RUN.json with the table
 * and the headline, plain exit-2 messages without a usable Python, exit 1 for a scenario that
 * cannot be measured, and Ctrl+C stopping everything (exit 130, no process left).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseRun } from '../shared/run/loadRun';
import { leftBehind, markedEnv, measuringPython, NO_PYTHON_REASON, pythonWithoutPackages } from '../measure/testSupport';
import { main } from './main';

const root = fileURLToPath(new URL('..', import.meta.url));
const python = await measuringPython();
const dir = mkdtempSync(join(tmpdir(), 'looplab-measure-cli-'));
const loopBlocked = join(root, 'measure', 'scenarios', 'loop-blocked.json');

async function looplab(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdin: new PassThrough() });
  return { code, stdout, stderr };
}

function scenarioFile(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('looplab measure', { timeout: 30_000 }, () => {
  it('refuses a bad --repeats before doing anything', async () => {
    expect(await looplab(['measure', loopBlocked, '--repeats', '0'])).toMatchObject({ code: 2, stderr: 'looplab: --repeats must be a whole number from 1 to 100 (got "0")\n' });
  });

  it('an invalid scenario: every problem with its path, exit 1', async () => {
    const bad = scenarioFile('bad.json', { name: 'bad', routes: [{ name: 'r', kind: 'sync', steps: [{ await_io: 5 }] }], requests: [{ route: 'r', at: 0 }] });
    const r = await looplab(['measure', bad, '--python', '/nonexistent/python3']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}: routes[0].steps[0].await_io: not allowed in a sync route`);
  });

  it('a scenario a real server cannot replay: says why, exit 1', async () => {
    const noGil = scenarioFile('nogil.json', { name: 'free-threaded', server: { gil: false }, routes: [{ name: 'r', kind: 'async', steps: [] }], requests: [{ route: 'r', at: 0 }] });
    expect(await looplab(['measure', noGil])).toMatchObject({ code: 1, stderr: expect.stringContaining('cannot be measured: server.gil is false') });
    const huge = scenarioFile('huge.json', { name: 'many', routes: [{ name: 'r', kind: 'async', steps: [] }], requests: [{ route: 'r', at: 0, count: 5000 }] });
    expect(await looplab(['measure', huge])).toMatchObject({ code: 1, stderr: expect.stringContaining('sends 5,000 requests; a measurement replays at most 2,000') });
  });

  it('no Python at the given path: what is missing and how to install it, exit 2', async () => {
    const r = await looplab(['measure', loopBlocked, '--python', '/nonexistent/python3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('looplab: no Python at "/nonexistent/python3"');
    expect(r.stderr).toContain('pip install fastapi uvicorn httpx');
    expect(r.stdout).toBe('');
  });

  it.skipIf(python === undefined)(`a Python without FastAPI, uvicorn and httpx: names them, exit 2${python ? '' : ` (skipped: ${NO_PYTHON_REASON})`}`, async () => {
    const r = await looplab(['measure', loopBlocked, '--python', pythonWithoutPackages(python!)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot measure: it lacks fastapi, uvicorn and httpx\. To measure, install them with "pip install fastapi uvicorn httpx", or on Debian and Ubuntu with "apt-get install python3-fastapi python3-uvicorn python3-httpx"/);
  });

  it.skipIf(python === undefined)(`measures, prints measured vs simulated per request and the headline, and writes RUN.json${python ? '' : ` (skipped: ${NO_PYTHON_REASON})`}`, async () => {
    const out = join(dir, 'RUN.json');
    const r = await looplab(['measure', loopBlocked, '--python', python!, '--repeats', '3', '--out', out]);
    expect(r.stderr, r.stderr).toContain(`wrote ${out}`);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^time\.sleep blocks the event loop \(measured\): measured on Python \S+, FastAPI \S+, Starlette \S+, uvicorn \S+, AnyIO \S+ \(\d+ cores/);
    expect(r.stdout).toMatch(/id\s+route\s+at\s+measured ms\s+min\.\.max\s+simulated ms\s+diff/);
    // How many agree is the machine's (a busy one measures late): fidelity/ holds the engine to measurements; here, that the count is printed.
    expect(r.stdout).toMatch(/[0-3] of 3 requests within max\(15 ms, 15 %\)/);
    expect(r.stdout).toMatch(/latency, measured vs simulated \(ms\): p50 \d+\.\d vs 120\.7 {3}p95 \d+\.\d vs 181\.1 {3}p99 \d+\.\d vs 181\.1/);
    const loaded = parseRun(readFileSync(out, 'utf8'));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.run).toMatchObject({ format: 'looplab-run', version: 1, source: 'uvicorn', repeats: 3 });
    expect(loaded.run.requests.map((q) => q.route)).toEqual(['report', 'report', 'report']);
    expect(loaded.run.requests.map((q) => q.latency_runs.length)).toEqual([3, 3, 3]);
  }, 60_000);

  it.skipIf(python === undefined)(`Ctrl+C stops the measurement and every process it started, exit 130${python ? '' : ` (skipped: ${NO_PYTHON_REASON})`}`, async () => {
    const slow = scenarioFile('slow.json', { name: 'slow', routes: [{ name: 'r', kind: 'async', steps: [{ await_io: 1_500 }] }], requests: [{ route: 'r', at: 0 }] });
    const { env, mark } = markedEnv();
    // The `looplab` command in its own process group, like a terminal's foreground job:
    // Ctrl+C signals the whole group.
    const child = spawn(process.execPath, [join(root, 'cli', 'bin.mjs'), 'measure', slow, '--python', python!], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise<void>((resolve) => child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); if (stderr.includes('timed run 1')) resolve(); }));
    process.kill(-child.pid!, 'SIGINT');
    const code = await closed;
    expect(stderr, `exit ${code}`).toContain('looplab: measurement stopped; the server and every process it started are gone');
    expect(code).toBe(130);
    expect(await leftBehind(mark)).toEqual([]);
  }, 60_000);
});
