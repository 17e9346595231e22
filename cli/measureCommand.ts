/**
 * `looplab measure FILE [--out RUN.json] [--python PATH] [--repeats N]`: runs the scenario on
 * the real stack (FastAPI under uvicorn, on loopback) and compares each request with the
 * simulation. Exit status: 0 measured, 1 invalid or unmeasurable scenario, 2 bad usage or no
 * Python that can measure, 4 the server failed or timed out, 130 stopped by Ctrl+C.
 * The measuring code is imported when the command runs (measureRun.ts), so the other commands
 * start without it (child processes, the run format and its loader).
 */
import { MEASURE_LIMITS } from '../shared/run/runLimits';
import type { Command } from './commandKit';

export const measureCommand: Command = {
  name: 'measure',
  operands: ['FILE'],
  flags: [
    { name: 'out', short: 'o', value: 'RUN.json', description: 'write the measurement here (open it in the app with "Compare with a real run…")' },
    { name: 'python', value: 'PATH', description: 'the Python with FastAPI, uvicorn and httpx (default: $LOOPLAB_PYTHON, else python3)' },
    { name: 'repeats', value: 'N', description: `timed runs (default ${MEASURE_LIMITS.defaultRepeats}); a fresh server for each, or one warm-up run first when server.warmPools is true` },
  ],
  description: 'Run the scenario on real FastAPI + uvicorn (loopback only) and compare each request with the simulation. Also exits 4 when the server fails, 130 on Ctrl+C.',
  async run(args, io) {
    const { runMeasure } = await import('./measureRun');
    return runMeasure(args, io);
  },
};
