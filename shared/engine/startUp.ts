/**
 * What starting a pool's workers costs the loop on a server that has just started
 * (docs/model.md#start-up; `server.warmPools: true` leaves it out).
 */

/**
 * A new AnyIO or executor thread: the loop waits in Thread.start() until the thread runs.
 * Measured: twenty `def` routes sent at once to a fresh server start their handlers up to
 * 4.8 ms later than on a warm one, 0.25 ms per new thread (fidelity/measured/v_threads20_*).
 */
export const THREAD_START_MS = 0.25;

/**
 * Forking one process of a ProcessPoolExecutor, at its first job (Linux's fork start method
 * forks them all then, on the loop's thread). Measured: four async routes sent at once to a
 * fresh server with a 4-process pool start their handlers 13–21 ms after the first one, against
 * under 1 ms on a warm server — about 4 ms per process (fidelity/measured-loaded/u_process4_*,
 * measured at load 14–41). Measured again on a quiet machine (fidelity/measured/u_process4_cold,
 * nine runs): 9.7–14.4 ms after the first, about 3 ms per process; the engine's 4 ms keeps every
 * request of both measurements within the tolerance.
 */
export const PROCESS_START_MS = 4;
