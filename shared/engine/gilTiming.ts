/**
 * The latencies and calibrated stand-ins of CPython's GIL hand-offs (gil.ts), kept apart from
 * the mechanism: docs/model.md#gil says which are physical and which stand for a race a real
 * machine decides at random.
 */
/** The latencies of CPython's GIL hand-offs on a real machine, in ms (docs/model.md#gil). */
export const GIL_TIMING = Object.freeze({
  /**
   * A timed wait ends this long after its interval: the kernel's timer slack (50 µs for an
   * ordinary thread) plus waking the thread.
   */
  timerLatencyMs: 0.1,
  /**
   * A thread woken by the condition variable runs this much later (the OS waking it): the same
   * wake-up as a forced switch's (`switchMs`), since a voluntary release signals the same
   * condition variable. A pool thread handed a job wakes from its queue's get() as late
   * (threadJob.ts). 0.05 ms (a bare futex wake), and no wake-up for a job, left the `def`
   * convoys 20–30 ms faster than measured (docs/model.md#gil-handoff).
   *
   * It is also the latest a timed wait begins after the GIL asks it to (dropAndRetake: a woken
   * waiter that finds the GIL held waits again from when it runs), and the bulk timeouts rely
   * on that: gilWaiters.ts's `rewaitAskAfter` takes it off the earliest moment a wait can end in
   * an ask. A rule that begins a wait any later must lower that bound with it.
   */
  wakeMs: 0.45,
  /**
   * A holder forced off waits (FORCE_SWITCHING's COND_WAIT) until another thread has the GIL,
   * and queues again this much later: the time for that thread's signal to wake it.
   */
  switchWaitMs: 0.01,
  /**
   * A forced switch: the thread the drop woke takes the GIL (the holder waits for it, so nobody
   * else can) and runs Python this much later. What each switch costs two CPU-bound threads:
   * 2 × 100 ms of CPU in def routes end at 219 and 217 ms (fidelity/measured/e_sync_cpu.json).
   */
  switchMs: 0.45,
  /**
   * An idle loop woken by a connection, a timer or a thread's result runs this much later, when
   * other threads want the GIL (readyQueue.ts): the same OS wake-up as `wakeMs`.
   */
  loopWakeMs: 0.45,
  /**
   * The loop's short system calls (accept, recv, send, close, select() with work ready) drop
   * the GIL for microseconds. A waiter the release wakes sometimes runs before the call
   * returns and takes it: here one call in this many loses, counting each call once per thread
   * then waiting (up to 4), because every waiter races for it. Calibrated on pings beside one
   * to three CPU-bound threads (fidelity/measured/k*).
   */
  shortCallsPerLoss: 2,
  /**
   * A thread that gave the GIL up by itself (see `forcedSwitch`) gets a forced switch it did not
   * ask for once it has wanted the GIL this long: on a real machine it wins that race at random
   * moments (beside two CPU-bound threads the loop is locked out for 10 to 400 ms); this is the
   * typical wait, calibrated with `shortCallsPerLoss` on pings beside one to three CPU-bound
   * threads (fidelity/measured/k*).
   */
  starvedWinsAfterMs: 25,
});
