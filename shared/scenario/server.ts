/** The `server` block: every field optional, defaults as docs/scenario-format.md gives them (`defaultServer`). */
import { z } from 'zod';
import { LIMITS } from './limits';
import { defaultServer, type ServerConfig, type ServerInput } from './types';
import { type PathPart, type Problems, describeValue } from './errors';
import { addZodIssues, boolean, isRecord, numberIn, wholeNumber } from './fields';

const serverSchema = z.strictObject({
  cores: wholeNumber(LIMITS.cores, 'CPU cores shared by every thread').optional(),
  workers: wholeNumber(LIMITS.workers, 'processes, as in uvicorn --workers N').optional(),
  threadpoolTokens: wholeNumber(LIMITS.threadpoolTokens, "AnyIO's thread-pool tokens per worker (default 40)").optional(),
  executorThreads: wholeNumber(LIMITS.executorThreads, "threads of asyncio's default executor (default min(32, cores + 4))").optional(),
  processPoolWorkers: wholeNumber(LIMITS.processPoolWorkers, 'processes of the ProcessPoolExecutor (default: cores)').optional(),
  gil: boolean('true for CPython with the GIL, false for free-threaded 3.13t').optional(),
  switchIntervalMs: numberIn(LIMITS.switchIntervalMs, 'sys.getswitchinterval() in ms (default 5)').optional(),
  loopCpuPerRequestMs: numberIn(LIMITS.loopCpuPerRequestMs, "the loop's own CPU per request in ms: accept, parse, dispatch, respond (default 0.35)").optional(),
  warmPools: boolean('true when the pools already started their threads and processes (default false: a server that has just started)').optional(),
});

export const SERVER_KEYS: readonly string[] = Object.keys(serverSchema.shape);

/** The server block with defaults filled in, or undefined when it has problems (added to `problems`). */
export function validateServer(value: unknown, path: readonly PathPart[], problems: Problems): ServerConfig | undefined {
  if (value === undefined) return defaultServer();
  if (!isRecord(value)) {
    problems.add(path, `must be an object like {"cores": 2, "workers": 1} (got ${describeValue(value)}; leave it out for the defaults)`);
    return undefined;
  }
  const result = serverSchema.safeParse(value);
  if (!result.success) {
    addZodIssues(problems, path, result.error.issues, value, SERVER_KEYS);
    return undefined;
  }
  return defaultServer(dropUndefined(result.data));
}

function dropUndefined(input: ServerInput): ServerInput {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}
