/**
 * The measurement's failure paths on a real Python: a server that crashes or never answers
 * is reported with its output's tail, cancel and the overall bound stop everything, a caller
 * that goes away takes the measurement with it, and in every case no process is left.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defaultServer, type Scenario } from '../shared/scenario/types';
import { measureBudget, measureOnPython, type MeasureOptions } from './measureProcess';
import { faultPath, leftBehind, markedEnv, measuringPython, NO_PYTHON_REASON, PACKAGE_DIR, type ServerFault } from './testSupport';

const python = await measuringPython();

const quick: Scenario = {
  name: 'one awaited call',
  server: defaultServer(),
  routes: [{ name: 'fetch', kind: 'async', steps: [{ await_io: 30 }] }],
  requests: [{ route: 'fetch', at: 0 }],
};

function options(extra: Partial<MeasureOptions> & { fault?: ServerFault } = {}) {
  const { fault, ...rest } = extra;
  const { env, mark } = markedEnv(fault ? { PYTHONPATH: faultPath(fault) } : {});
  return { mark, options: { python: python!, scenario: quick, repeats: 2, budget: measureBudget(30, 2), env, packageDir: PACKAGE_DIR, ...rest } satisfies MeasureOptions };
}

describe.skipIf(python === undefined)(`a measurement that goes wrong ${python ? '' : `(skipped: ${NO_PYTHON_REASON})`}`, () => {
  it('reports a server that crashes at start with the end of its output', async () => {
    const { mark, options: o } = options({ fault: 'crash' });
    const r = await measureOnPython(o);
    expect(r).toMatchObject({ ok: false, kind: 'server', message: 'the server exited with status 7' });
    if (!r.ok) expect(r.tail).toContain('injected fault: the server fails at start');
    expect(await leftBehind(mark, 0)).toEqual([]);
  }, 30_000);

  it('gives up on a server that never answers, at its start bound, and stops it', async () => {
    const { mark, options: o } = options({ fault: 'hang', budget: { ...measureBudget(30, 2), startTimeoutS: 2 } });
    const started = Date.now();
    const r = await measureOnPython(o);
    expect(r).toMatchObject({ ok: false, kind: 'server', message: 'the server did not answer within 2 s' });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await leftBehind(mark, 0)).toEqual([]);
  }, 30_000);

  it('stops a process the server started that ignores SIGINT and SIGTERM', async () => {
    const { mark, options: o } = options({ fault: 'stubborn-child' });
    const r = await measureOnPython(o);
    expect(r.ok).toBe(true);
    expect(await leftBehind(mark, 0)).toEqual([]);
  }, 30_000);

  it('stops everything when cancelled during a timed run', async () => {
    const abort = new AbortController();
    const slow = { ...quick, routes: [{ name: 'fetch', kind: 'async' as const, steps: [{ await_io: 2_000 }] }] };
    const { mark, options: o } = options({ scenario: slow, signal: abort.signal, budget: measureBudget(2_000, 2), onProgress: (p) => { if (p.phase === 'run') abort.abort(); } });
    const started = Date.now();
    const r = await measureOnPython(o);
    expect(r).toMatchObject({ ok: false, kind: 'canceled' });
    expect(Date.now() - started).toBeLessThan(12_000); // warm-up 2 s, then a prompt stop
    expect(await leftBehind(mark, 0)).toEqual([]);
  }, 30_000);

  it('stops everything at the overall bound', async () => {
    const slow = { ...quick, routes: [{ name: 'fetch', kind: 'async' as const, steps: [{ await_io: 5_000 }] }] };
    const { mark, options: o } = options({ scenario: slow, budget: { runTimeoutS: 60, startTimeoutS: 30, totalMs: 2_500 } });
    const r = await measureOnPython(o);
    expect(r).toMatchObject({ ok: false, kind: 'timeout', message: 'the measurement took longer than its bound of 3 s and was stopped' });
    expect(await leftBehind(mark, 0)).toEqual([]);
  }, 30_000);

  it('stops by itself when its caller goes away (its input closes)', async () => {
    const { env, mark } = markedEnv();
    const child = spawn(python!, ['-m', 'looplab_measure', 'run', '--repeats', '50'], { cwd: PACKAGE_DIR, env, stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdin.write(`${JSON.stringify({ ...quick, routes: [{ name: 'fetch', kind: 'async', steps: [{ await_io: 500 }] }] })}\n`);
    await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => { if (d.toString().includes('"run"')) resolve(); }));
    child.stdin.end(); // as if this process had died
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(4);
    expect(await leftBehind(mark)).toEqual([]);
  }, 30_000);
});
