/**
 * Which Python measures, and whether it can: `--python`, else LOOPLAB_PYTHON, else `python3`.
 * `python -m looplab_measure check` answers in one JSON line (it imports only the standard
 * library, so it runs on a Python without FastAPI); every failure becomes one plain sentence
 * that says what is missing and how to install it.
 */
import { spawn } from 'node:child_process';

export const INSTALL_HINT =
  'install them with "pip install fastapi uvicorn httpx", or on Debian and Ubuntu with "apt-get install python3-fastapi python3-uvicorn python3-httpx"';

export interface PythonChoice {
  python: string;
  /** Where the choice came from, for messages. */
  from: '--python' | 'LOOPLAB_PYTHON' | 'default';
}

export function choosePython(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): PythonChoice {
  if (flag !== undefined && flag !== '') return { python: flag, from: '--python' };
  const fromEnv = env.LOOPLAB_PYTHON;
  if (fromEnv !== undefined && fromEnv !== '') return { python: fromEnv, from: 'LOOPLAB_PYTHON' };
  return { python: 'python3', from: 'default' };
}

export interface PythonVersions {
  python: string;
  executable: string;
  versions: Record<string, string | null>;
}

export type PythonCheck =
  | ({ ok: true } & PythonVersions)
  | { ok: false; problem: 'not-found' | 'not-python' | 'too-old' | 'missing' | 'no-gil' | 'timeout'; message: string; missing?: string[] };

interface CheckReport {
  python: string;
  executable: string;
  too_old: boolean;
  gil: boolean;
  missing: string[];
  broken: Record<string, string>;
  versions: Record<string, string | null>;
}

export interface CheckOptions {
  timeoutMs?: number;
  /** The folder holding the looplab_measure package (packageDir.ts finds it in a checkout). */
  packageDir: string;
  env?: NodeJS.ProcessEnv;
}

/** Runs the check; never rejects. A Python that does not answer within `timeoutMs` is killed. */
export function checkPython(python: string, options: CheckOptions): Promise<PythonCheck> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let settled = false;
    const done = (result: PythonCheck) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const child = spawn(python, ['-m', 'looplab_measure', 'check'], {
      cwd: options.packageDir,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group: a hung check is killed with anything it started
    });
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      done({ ok: false, problem: 'timeout', message: `${python} did not answer within ${timeoutMs / 1000} s when asked for its packages` });
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout = (stdout + d).slice(-65536)));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-8192)));
    child.on('error', (e: NodeJS.ErrnoException) => {
      const reason = e.code === 'ENOENT' ? 'no such program' : e.code === 'EACCES' ? 'not executable' : e.message;
      done({ ok: false, problem: 'not-found', message: `no Python at "${python}" (${reason}). Install Python 3 with FastAPI, uvicorn and httpx, or name one with --python PATH or LOOPLAB_PYTHON; ${INSTALL_HINT}` });
    });
    child.on('close', (code) => done(interpret(python, code, stdout, stderr)));
  });
}

function interpret(python: string, code: number | null, stdout: string, stderr: string): PythonCheck {
  let report: CheckReport | undefined;
  try {
    report = JSON.parse(stdout.trim().split('\n').pop() ?? '') as CheckReport;
  } catch {
    report = undefined;
  }
  if (code !== 0 || report === undefined || typeof report.python !== 'string') {
    const why = lastLine(stderr) || `it exited with status ${code}`;
    return { ok: false, problem: 'not-python', message: `"${python}" is not a Python 3 that LoopLab can use (${why})` };
  }
  if (report.too_old) {
    return { ok: false, problem: 'too-old', message: `${python} is Python ${report.python}; measuring needs Python 3.8 or newer with FastAPI, uvicorn and httpx` };
  }
  const broken = Object.entries(report.broken);
  if (report.missing.length > 0 || broken.length > 0) {
    const parts: string[] = [];
    if (report.missing.length > 0) parts.push(`it lacks ${listOf(report.missing)}`);
    for (const [name, error] of broken) parts.push(`${name} is installed but does not import (${error})`);
    return {
      ok: false,
      problem: 'missing',
      missing: [...report.missing, ...broken.map(([n]) => n)],
      message: `${python} (Python ${report.python}, ${report.executable}) cannot measure: ${parts.join('; ')}. To measure, ${INSTALL_HINT}, or name another Python with --python PATH or LOOPLAB_PYTHON`,
    };
  }
  if (!report.gil) {
    return { ok: false, problem: 'no-gil', message: `${python} is a free-threaded Python (no GIL); LoopLab measures scenarios on a CPython with its GIL` };
  }
  return { ok: true, python: report.python, executable: report.executable, versions: report.versions };
}

function listOf(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop()?.trim() ?? '';
}

/** The first of `candidates` that can measure (the desktop app offers "Measure now" only then). */
export async function findMeasuringPython(candidates: readonly string[], options: CheckOptions): Promise<({ ok: true } & PythonVersions & { command: string }) | undefined> {
  for (const python of candidates) {
    const checked = await checkPython(python, options);
    if (checked.ok) return { ...checked, command: python };
  }
  return undefined;
}
