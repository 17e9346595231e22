/** The `server` block: every field optional, defaults as docs/scenario-format.md gives them (`defaultServer`). */
import * as z from 'zod/mini';
import { LIMITS } from './limits';
import { defaultServer, type ServerConfig, type ServerInput } from './types';
import { type PathPart, type Problems, describeValue } from './errors';
import { addZodIssues, boolean, isRecord, numberIn, wholeNumber } from './fields';

const serverSchema = z.strictObject({
  cores: z.optional(wholeNumber(LIMITS.cores, 'CPU cores shared by every thread')),
  workers: z.optional(wholeNumber(LIMITS.workers, 'processes, as in uvicorn --workers N')),
  threadpoolTokens: z.optional(wholeNumber(LIMITS.threadpoolTokens, "AnyIO's thread-pool tokens per worker (default 40)")),
  executorThreads: z.optional(wholeNumber(LIMITS.executorThreads, "threads of asyncio's default executor (default min(32, cores + 4))")),
  processPoolWorkers: z.optional(wholeNumber(LIMITS.processPoolWorkers, 'processes of the ProcessPoolExecutor (default: cores)')),
  gil: z.optional(boolean('true for CPython with the GIL, false for free-threaded 3.13t')),
  switchIntervalMs: z.optional(numberIn(LIMITS.switchIntervalMs, 'sys.getswitchinterval() in ms (default 5)')),
  loopCpuPerRequestMs: z.optional(numberIn(LIMITS.loopCpuPerRequestMs, "the loop's own CPU per request in ms: accept, parse, dispatch, respond (default 0.35)")),
  warmPools: z.optional(boolean('true when the pools already started their threads and processes (default false: a server that has just started)')),
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
