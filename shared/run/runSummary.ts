/** A run said in a few words, the same in the app's strip, the CLI and exported diagrams. */
import type { RunComparison } from './compareRun';
import type { RunFile } from './runFile';

/** "5 runs · Python 3.11.2, FastAPI 0.92.0, uvicorn 0.17.6 · 2 cores", or the traced service. */
export function environmentSummary(run: RunFile): string {
  const e = run.environment;
  if (run.source === 'otlp') return `spans of ${e.service ?? 'a traced app'}${e.telemetry_sdk ? `, ${e.telemetry_sdk}` : ''}`;
  const stack = [e.python && `Python ${e.python}`, e.fastapi && `FastAPI ${e.fastapi}`, e.uvicorn && `uvicorn ${e.uvicorn}`].filter(Boolean).join(', ');
  const runs = `${run.repeats} run${run.repeats === 1 ? '' : 's'}`;
  return [runs, stack, e.cores ? `${e.cores} cores` : ''].filter(Boolean).join(' · ');
}

/** "5 of 5 requests agree within max(15 ms, 15 %)". */
export function agreementText(c: Pick<RunComparison, 'agreeing' | 'total'>): string {
  return `${c.agreeing} of ${c.total} request${c.total === 1 ? '' : 's'} agree within max(15 ms, 15 %)`;
}
