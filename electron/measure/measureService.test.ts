import { describe, expect, it, vi } from 'vitest';
import type { MeasureProgress } from '../../shared/ipc/contract';
import type { MeasureScenarioOptions, MeasureScenarioResult } from '../../measure/measureScenario';
import { blockingScenario, runOf } from '../../shared/run/testRun';
import { MeasureService, pythonCandidates } from './measureService';

const python = { ok: true as const, python: '3.11.2', executable: '/usr/bin/python3', versions: { fastapi: '0.92.0', uvicorn: '0.17.6', httpx: '0.23.3' }, command: '/usr/bin/python3' };
const run = runOf(blockingScenario, [[101], [202], [160]]);

function service(measure: (o: MeasureScenarioOptions) => Promise<MeasureScenarioResult>, found: typeof python | null = python) {
  const sent: MeasureProgress[] = [];
  const find = vi.fn(async () => found ?? undefined);
  const s = new MeasureService({ packageDir: '/pkg', env: { LOOPLAB_PYTHON: '/opt/py' }, platform: 'linux', send: (p) => sent.push(p), measure, find });
  return { s, sent, find };
}

describe('Measure now in the main process', () => {
  it('looks for a Python where a desktop app may find one, the user\'s choice first', () => {
    expect(pythonCandidates({ LOOPLAB_PYTHON: '/opt/py' }, 'linux')).toEqual(['/opt/py', 'python3', '/usr/bin/python3', '/usr/local/bin/python3']);
    expect(pythonCandidates({}, 'darwin')).toEqual(['python3', '/opt/homebrew/bin/python3', '/usr/local/bin/python3', '/usr/bin/python3']);
    expect(pythonCandidates({}, 'win32')).toEqual(['python3', 'python', 'py']);
  });

  it('offers measuring only with a Python that can, and says what to install otherwise', async () => {
    expect(await service(vi.fn(), python).s.availability()).toEqual({ ok: true, python: '/usr/bin/python3', description: 'Python 3.11.2, FastAPI 0.92.0, uvicorn 0.17.6' });
    const missing = await service(vi.fn(), null).s.availability();
    expect(missing).toMatchObject({ ok: false, message: expect.stringContaining('pip install fastapi uvicorn httpx') });
    expect(missing).toMatchObject({ message: expect.stringContaining('looked for /opt/py, python3, /usr/bin/python3') });
  });

  it('measures a valid scenario with the Python found, relaying progress', async () => {
    const measure = vi.fn(async (o: MeasureScenarioOptions): Promise<MeasureScenarioResult> => {
      o.onProgress?.({ phase: 'run', run: 1, of: 3 });
      return { ok: true, run };
    });
    const { s, sent } = service(measure);
    expect(await s.measureNow(blockingScenario, 3)).toEqual({ ok: true, run });
    expect(measure).toHaveBeenCalledWith(expect.objectContaining({ python: '/usr/bin/python3', repeats: 3, packageDir: '/pkg' }));
    expect(sent).toEqual([{ phase: 'checking' }, { phase: 'run', run: 1, of: 3 }]);
  });

  it('refuses an invalid scenario and a second measurement while one runs', async () => {
    let finish!: (r: MeasureScenarioResult) => void;
    const { s } = service(() => new Promise((r) => { finish = r; }));
    expect(await s.measureNow({ name: 'bad', routes: [], requests: [] }, 3)).toMatchObject({ ok: false, message: expect.stringMatching(/^The scenario cannot be measured: /) });
    const first = s.measureNow(blockingScenario, 3);
    await vi.waitFor(() => expect(s.busy).toBe(true));
    await vi.waitFor(() => expect(finish).toBeTypeOf('function'));
    expect(await s.measureNow(blockingScenario, 3)).toEqual({ ok: false, canceled: false, message: 'A measurement is already running: wait for it, or cancel it.' });
    finish({ ok: true, run });
    expect(await first).toEqual({ ok: true, run });
    expect(s.busy).toBe(false);
  });

  it('cancels through the abort signal and says it was stopped; a failure keeps the server\'s output', async () => {
    const { s } = service((o) => new Promise((resolve) => o.signal!.addEventListener('abort', () => resolve({ ok: false, kind: 'canceled', message: 'the measurement was stopped' }))));
    const measuring = s.measureNow(blockingScenario, 3);
    await vi.waitFor(() => expect(s.busy).toBe(true));
    await new Promise((r) => setTimeout(r, 10));
    s.cancel();
    expect(await measuring).toEqual({ ok: false, canceled: true, message: 'The measurement was stopped.' });
    const failing = service(async () => ({ ok: false, kind: 'server', message: 'the server exited with status 1', tail: 'Traceback…' })).s;
    expect(await failing.measureNow(blockingScenario, 3)).toEqual({ ok: false, canceled: false, message: 'The server exited with status 1.', tail: 'Traceback…' });
  });
});
