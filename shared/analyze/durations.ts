/**
 * How long a step takes. What the code states is used exactly (`time.sleep(0.2)` is 200 ms,
 * `pbkdf2_hmac(…, 100_000)` is 100,000 iterations); everything else takes a documented default,
 * and the step is marked `assumed` so the app shows it as an editable guess. The defaults are
 * typical figures for a small app on a LAN, chosen to be round and plausible, not measured
 * on the user's system: docs/analyze.md lists them.
 */
import type { CpuKind, IoKind } from './catalogue';

/** Default duration of one call of each kind of I/O, in ms, and what it stands for. */
export const IO_DEFAULTS: Record<IoKind, { ms: number; what: string }> = {
  http: { ms: 100, what: 'an HTTP request to another service' },
  llm: { ms: 2000, what: 'a language-model API call (OpenAI, Anthropic): a short completion' },
  db: { ms: 20, what: 'a database query' },
  sqlite: { ms: 2, what: 'a SQLite call (a local file)' },
  cache: { ms: 2, what: 'a cache round trip' },
  file: { ms: 5, what: 'reading or writing a file' },
  fs: { ms: 0.5, what: 'a file-system call (stat, open, listdir)' },
  process: { ms: 100, what: 'running a child process to the end' },
  spawn: { ms: 5, what: 'starting a child process' },
  socket: { ms: 50, what: 'a network round trip' },
  mail: { ms: 200, what: 'talking to a mail server' },
  cloud: { ms: 100, what: 'a cloud API request' },
  console: { ms: 1000, what: 'waiting for someone to type (input() on a server waits for standard input)' },
  queue: { ms: 2, what: "sending a task to a queue (Celery's broker)" },
  worker: { ms: 1000, what: "waiting for a worker to run a queued task (Celery's result.get()): the task's run; its wait in the broker's queue is not counted" },
  backend: { ms: 2, what: "asking Celery's result backend for a task's state (a Redis round trip; a database backend takes longer)" },
};

/** A sleep whose length the code computes at run time. */
export const SLEEP_DEFAULT_MS = 100;

/** An offloaded function the file does not define: one step of the kind the pool is for. */
export const OFFLOAD_DEFAULTS = { thread: { ms: 50, what: 'blocking work on a thread' }, process: { ms: 100, what: 'CPU work in another process' } } as const;

/** A sync dependency or handler that does nothing LoopLab can see still runs some Python. */
export const QUICK_BODY_MS = 1;
export const DEPENDENCY_BODY_MS = 0.1;

/**
 * Per-unit costs of known heavy computations, on one core of a current laptop (CPython 3.11):
 * PBKDF2-SHA256 ~0.5 µs per iteration; scrypt ~0.5 µs per unit of n × r; bcrypt at work
 * factor 12 ~250 ms; Argon2 at argon2-cffi's defaults (time_cost 3, 64 MiB) ~50 ms; a
 * pure-Python loop iteration with a small body ~0.05 µs.
 */
export const CPU_COSTS = {
  pbkdf2MsPerIteration: 0.0005,
  pbkdf2DefaultIterations: 600_000,
  scryptMsPerNR: 0.0005,
  scryptDefaultN: 16_384,
  scryptDefaultR: 8,
  bcryptMs: 250,
  argon2Ms: 50,
  loopMsPerIteration: 0.00005,
  /** A literal loop this long or longer is heavy enough to show (5 ms). */
  heavyLoopIterations: 100_000,
} as const;

export const CPU_WHAT: Record<CpuKind, string> = {
  bcrypt: 'a bcrypt password hash (work factor 12)',
  argon2: 'an Argon2 password hash (default cost)',
  pbkdf2: 'PBKDF2 password hashing',
  scrypt: 'scrypt password hashing',
};

/**
 * Milliseconds of a heavy call, from the numbers the code states (iterations, n, r) or the
 * defaults. Always an estimate: the cost per unit depends on the machine.
 */
export function cpuMs(kind: CpuKind, args: { iterations?: number; n?: number; r?: number }): number {
  switch (kind) {
    case 'pbkdf2':
      return round((args.iterations ?? CPU_COSTS.pbkdf2DefaultIterations) * CPU_COSTS.pbkdf2MsPerIteration);
    case 'scrypt':
      return round((args.n ?? CPU_COSTS.scryptDefaultN) * (args.r ?? CPU_COSTS.scryptDefaultR) * CPU_COSTS.scryptMsPerNR);
    case 'bcrypt':
      return CPU_COSTS.bcryptMs;
    case 'argon2':
      return CPU_COSTS.argon2Ms;
  }
}

/** A loop of `iterations` pure-Python iterations, or null when it is too short to matter. */
export function loopMs(iterations: number): number | null {
  return iterations >= CPU_COSTS.heavyLoopIterations ? round(iterations * CPU_COSTS.loopMsPerIteration) : null;
}

/** Durations are kept to the microsecond, and within the scenario's one-hour limit. */
export function round(ms: number): number {
  return Math.min(3_600_000, Math.round(ms * 1000) / 1000);
}
