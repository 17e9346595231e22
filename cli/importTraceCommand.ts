/**
 * `looplab import-trace SPANS.jsonl [--scenario OUT.json] [--run RUN.json] [--bind app.py]`:
 * a real app's OpenTelemetry spans (OTLP JSON Lines) → a scenario of their arrivals (each
 * route's step a placeholder as long as its median, or, with --bind, the steps the analyser
 * finds for the route of that name in the FastAPI file) and a run to compare it with
 * ("Compare with a real run…", `looplab export --run`). Prints how the scenario compares.
 * Exit status: 0 imported, 1 the trace (or the bound file) has problems, 2 bad usage.
 * The import is loaded when the command runs (importTraceRun.ts), so the other commands start
 * without it.
 */
import type { Command } from './commandKit';

export const importTraceCommand: Command = {
  name: 'import-trace',
  operands: ['SPANS.jsonl'],
  flags: [
    { name: 'scenario', value: 'OUT.json', description: 'write the scenario made from the spans' },
    { name: 'run', value: 'RUN.json', description: 'write the spans as a run of that scenario (open it with "Compare with a real run…")' },
    { name: 'bind', value: 'APP.py', description: 'take the steps of each route from this FastAPI file (routes match by "GET /path")' },
  ],
  description: "Turn a FastAPI app's OpenTelemetry spans (OTLP JSON Lines) into a scenario of their arrivals and a run to compare it with.",
  async run(args, io) {
    const { runImportTrace } = await import('./importTraceRun');
    return runImportTrace(args, io);
  },
};
