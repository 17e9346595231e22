/**
 * "Measure now" in the desktop app: the main process side, as a plain module (main.ts only
 * wires it to IPC). It finds a Python that can measure (LOOPLAB_PYTHON, python3, then the usual
 * absolute paths: a desktop app started from a menu may not have the shell's PATH), runs one
 * measurement at a time through the same code as `looplab measure`, reports its progress, and
 * cancels it on request or when the app quits. It never throws at the renderer: every outcome
 * is a MeasureNowResult.
 */
import type { MeasureAvailability, MeasureNowResult, MeasureProgress } from '../../shared/ipc/contract';
import { validateScenario } from '../../shared/scenario/load';
import { formatError } from '../../shared/scenario/errors';
import { measureScenario, type MeasureScenarioOptions, type MeasureScenarioResult } from '../../measure/measureScenario';
import { findMeasuringPython, type CheckOptions } from '../../measure/pythonCheck';

export interface MeasureServiceDeps {
  /** Where the looplab_measure package is (the app's resources when packaged). */
  packageDir: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  send: (progress: MeasureProgress) => void;
  /** Injected by tests; default: the real thing. */
  measure?: (options: MeasureScenarioOptions) => Promise<MeasureScenarioResult>;
  find?: typeof findMeasuringPython;
}

/** Where to look, in order: the user's choice, PATH, then where installers put Python. */
export function pythonCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const listed = [env.LOOPLAB_PYTHON, 'python3'];
  if (platform === 'darwin') listed.push('/opt/homebrew/bin/python3', '/usr/local/bin/python3', '/usr/bin/python3');
  else if (platform !== 'win32') listed.push('/usr/bin/python3', '/usr/local/bin/python3');
  else listed.push('python', 'py');
  return [...new Set(listed.filter((p): p is string => typeof p === 'string' && p !== ''))];
}

export const MEASURE_REPEATS = { min: 1, max: 20, default: 5 } as const;

export class MeasureService {
  private found: { python: string; description: string } | undefined;
  private running: AbortController | undefined;

  constructor(private readonly deps: MeasureServiceDeps) {}

  async availability(): Promise<MeasureAvailability> {
    if (this.found) return { ok: true, ...this.found };
    const env = this.deps.env ?? process.env;
    const candidates = pythonCandidates(env, this.deps.platform ?? process.platform);
    const options: CheckOptions = { packageDir: this.deps.packageDir, env, timeoutMs: 20_000 };
    const python = await (this.deps.find ?? findMeasuringPython)(candidates, options);
    if (!python) {
      return { ok: false, message: `No Python with FastAPI, uvicorn and httpx was found (looked for ${candidates.join(', ')}). Install them with "pip install fastapi uvicorn httpx", or set LOOPLAB_PYTHON to a Python that has them, then start LoopLab again.` };
    }
    const v = python.versions;
    this.found = { python: python.command, description: `Python ${python.python}${v.fastapi ? `, FastAPI ${v.fastapi}` : ''}${v.uvicorn ? `, uvicorn ${v.uvicorn}` : ''}` };
    return { ok: true, ...this.found };
  }

  async measureNow(scenario: unknown, repeats: number): Promise<MeasureNowResult> {
    if (this.running) return { ok: false, canceled: false, message: 'A measurement is already running: wait for it, or cancel it.' };
    const checked = validateScenario(scenario);
    if (!checked.ok) return { ok: false, canceled: false, message: `The scenario cannot be measured: ${checked.errors.slice(0, 3).map(formatError).join('; ')}` };
    const abort = new AbortController();
    this.running = abort;
    try {
      this.deps.send({ phase: 'checking' });
      const available = await this.availability();
      if (!available.ok) return { ok: false, canceled: false, message: available.message };
      if (abort.signal.aborted) return { ok: false, canceled: true, message: 'The measurement was stopped.' };
      const result = await (this.deps.measure ?? measureScenario)({
        scenario: checked.scenario, python: available.python, repeats, signal: abort.signal,
        packageDir: this.deps.packageDir, ...(this.deps.env ? { env: this.deps.env } : {}),
        onProgress: (p) => this.deps.send({ phase: p.phase, ...(p.run === undefined ? {} : { run: p.run, of: p.of! }) }),
      });
      if (result.ok) return { ok: true, run: result.run };
      if (result.kind === 'python') this.found = undefined; // it worked before: look again next time
      return { ok: false, canceled: result.kind === 'canceled', message: sentence(result.message), ...(result.tail ? { tail: result.tail } : {}) };
    } finally {
      this.running = undefined;
    }
  }

  cancel(): void {
    this.running?.abort();
  }

  get busy(): boolean {
    return this.running !== undefined;
  }
}

function sentence(text: string): string {
  const s = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}
