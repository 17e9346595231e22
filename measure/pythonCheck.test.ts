import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPython, choosePython } from './pythonCheck';
import { leftBehind, markedEnv, measuringPython, NO_PYTHON_REASON, PACKAGE_DIR, pythonWithoutPackages } from './testSupport';

const python = await measuringPython();

// A check imports FastAPI: seconds on a busy machine.
describe('which Python measures', { timeout: 30_000 }, () => {
  it('takes --python, else LOOPLAB_PYTHON, else python3', () => {
    expect(choosePython('/opt/py', { LOOPLAB_PYTHON: '/env/py' })).toEqual({ python: '/opt/py', from: '--python' });
    expect(choosePython(undefined, { LOOPLAB_PYTHON: '/env/py' })).toEqual({ python: '/env/py', from: 'LOOPLAB_PYTHON' });
    expect(choosePython(undefined, {})).toEqual({ python: 'python3', from: 'default' });
    expect(choosePython('', { LOOPLAB_PYTHON: '' })).toEqual({ python: 'python3', from: 'default' });
  });

  it('says there is no Python at a path that does not exist, and how to get one', async () => {
    const r = await checkPython('/nonexistent/bin/python3', { packageDir: PACKAGE_DIR });
    expect(r).toMatchObject({ ok: false, problem: 'not-found' });
    if (!r.ok) {
      expect(r.message).toContain('no Python at "/nonexistent/bin/python3" (no such program)');
      expect(r.message).toContain('pip install fastapi uvicorn httpx');
      expect(r.message).toContain('python3-fastapi python3-uvicorn python3-httpx');
    }
  });

  it('says a program that is not Python is not one', async () => {
    const r = await checkPython('/bin/false', { packageDir: PACKAGE_DIR });
    expect(r).toMatchObject({ ok: false, problem: 'not-python' });
    if (!r.ok) expect(r.message).toMatch(/^"\/bin\/false" is not a Python 3 that LoopLab can use \(it exited with status 1\)$/);
  });

  it('gives up on a Python that does not answer, within its bound', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'looplab-slow-'));
    const slow = join(dir, 'python3');
    writeFileSync(slow, '#!/bin/sh\nsleep 30\n');
    chmodSync(slow, 0o755);
    const { env, mark } = markedEnv();
    const started = Date.now();
    const r = await checkPython(slow, { timeoutMs: 500, env, packageDir: PACKAGE_DIR });
    expect(r).toMatchObject({ ok: false, problem: 'timeout' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await leftBehind(mark)).toEqual([]); // the sleep it started is gone too
  });

  it.skipIf(python === undefined)(`names each missing package of a Python without them${python ? '' : ` (skipped: ${NO_PYTHON_REASON})`}`, async () => {
    const bare = pythonWithoutPackages(python!);
    const r = await checkPython(bare, { packageDir: PACKAGE_DIR });
    expect(r).toMatchObject({ ok: false, problem: 'missing', missing: ['fastapi', 'uvicorn', 'httpx'] });
    if (!r.ok) {
      expect(r.message).toMatch(/cannot measure: it lacks fastapi, uvicorn and httpx\. To measure, install them with "pip install fastapi uvicorn httpx", or on Debian and Ubuntu with "apt-get install python3-fastapi python3-uvicorn python3-httpx"/);
    }
  });

  it.skipIf(python === undefined)('reports the versions of a Python that can measure', async () => {
    const r = await checkPython(python!, { packageDir: PACKAGE_DIR });
    expect(r).toMatchObject({ ok: true, versions: { fastapi: expect.any(String), uvicorn: expect.any(String), httpx: expect.any(String) } });
  });
});
