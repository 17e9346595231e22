/**
 * Helpers for the measuring tests (tests only): which Python can measure here, a Python that
 * lacks the packages, processes left behind, and faults injected into the server through a
 * sitecustomize module on PYTHONPATH (the product has no test hooks).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { checkPython } from './pythonCheck';
import { pythonPackageDir } from './packageDir';

/** The package folder of this checkout, for the tests. */
export const PACKAGE_DIR = pythonPackageDir();

let found: Promise<string | undefined> | undefined;

/** LOOPLAB_PYTHON, else Debian's /usr/bin/python3, else python3: the first that can measure. */
export function measuringPython(): Promise<string | undefined> {
  found ??= (async () => {
    for (const python of [process.env.LOOPLAB_PYTHON, '/usr/bin/python3', 'python3']) {
      if (python && (await checkPython(python, { packageDir: PACKAGE_DIR })).ok) return python;
    }
    return undefined;
  })();
  return found;
}

export const NO_PYTHON_REASON =
  'no Python with FastAPI, uvicorn and httpx here (set LOOPLAB_PYTHON, or apt-get install python3-fastapi python3-uvicorn python3-httpx; .ci/run installs them)';

/** A Python that starts without its site-packages (-S): a real Python lacking FastAPI. */
export function pythonWithoutPackages(python: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'looplab-nopkg-'));
  const path = join(dir, 'python3');
  writeFileSync(path, `#!/bin/sh\nexec ${python} -S "$@"\n`);
  chmodSync(path, 0o755);
  return path;
}

/** An environment whose processes can be found later: every descendant inherits the mark. */
export function markedEnv(extra: NodeJS.ProcessEnv = {}): { env: NodeJS.ProcessEnv; mark: string } {
  const mark = randomUUID();
  return { env: { ...process.env, ...extra, LOOPLAB_TEST_MARK: mark }, mark };
}

/** Live processes (not zombies) that carry `mark` in their environment. */
export function processesMarked(mark: string): number[] {
  const needle = `LOOPLAB_TEST_MARK=${mark}`;
  const pids: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d) || Number(d) === process.pid) continue;
    try {
      if (!readFileSync(`/proc/${d}/environ`, 'latin1').split('\0').includes(needle)) continue;
      const state = readFileSync(`/proc/${d}/stat`, 'latin1').split(') ')[1]?.[0];
      if (state !== 'Z') pids.push(Number(d));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return pids;
}

export type ServerFault = 'crash' | 'hang' | 'stubborn-child';

/**
 * A PYTHONPATH folder whose sitecustomize breaks the server process (the one uvicorn runs,
 * which alone has LOOPLAB_SCENARIO): it crashes with a message, never answers, or starts a
 * child that ignores SIGINT and SIGTERM.
 */
export function faultPath(fault: ServerFault): string {
  const dir = mkdtempSync(join(tmpdir(), 'looplab-fault-'));
  const body = {
    crash: 'sys.stderr.write("injected fault: the server fails at start\\n"); sys.stderr.flush(); os._exit(7)',
    hang: 'time.sleep(3600)',
    'stubborn-child': [
      'os.environ["LOOPLAB_TEST_CHILD"] = "1"',
      'subprocess.Popen([sys.executable, "-c", "import signal, time; signal.signal(signal.SIGINT, signal.SIG_IGN); signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(600)"])',
    ].join('\n    '),
  }[fault];
  writeFileSync(join(dir, 'sitecustomize.py'), [
    'import os, subprocess, sys, time',
    'if os.environ.get("LOOPLAB_SCENARIO") and not os.environ.get("LOOPLAB_TEST_CHILD"):',
    `    ${body}`,
    '',
  ].join('\n'));
  return dir;
}

/** Processes with `mark` still there after `withinMs` (a killed process takes a moment to go). */
export async function leftBehind(mark: string, withinMs = 2_000): Promise<number[]> {
  const deadline = Date.now() + withinMs;
  let left = processesMarked(mark);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    left = processesMarked(mark);
  }
  return left;
}
