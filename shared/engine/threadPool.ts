/**
 * AnyIO's thread pool of a worker (docs/model.md#anyio-tokens): `def` routes and
 * run_in_threadpool share its CapacityLimiter tokens. The coroutine yields once (checkpoint)
 * before taking a token; with a free token it takes it and yields once more
 * (cancel_shielded_checkpoint); without one it waits, and AnyIO 3.x (FastAPI 0.92's) wakes
 * waiters LAST in, first out — `_wait_queue.popitem()`, made FIFO only in AnyIO 4.0 (PR #455),
 * and measured so on the real stack (fidelity/). The token comes back only when the coroutine
 * resumes on the loop after its thread finished — so a blocked loop keeps tokens held.
 * (asyncio's default executor, the other pool a to_thread can use, is a FIFO pool:
 * fifoPool.ts, docs/model.md#executor.)
 */
import type { Op } from './compile';
import { TokenPhase, type Task, type Worker, type World } from './world';
import { makeReady } from './readyQueue';
import { startPoolJob } from './fifoPool';
import { SimThread } from './simThread';
import { St } from './stateIds';

/** The loop runs `task` at its to_thread step: the next move of AnyIO's handshake. */
export function toAnyioThread(world: World, task: Task, op: Op): void {
  const w = task.worker!;
  switch (task.tokenPhase) {
    case TokenPhase.NotStarted:
      task.tokenPhase = TokenPhase.Checkpointed;
      makeReady(world, task, 0); // AnyIO's checkpoint: to the back of the ready queue
      return;
    case TokenPhase.Checkpointed:
      if (w.tokensFree === 0) {
        w.tokenWaiters.push(task);
        world.rec.wait(task, St.TokenWait, op.path);
        return;
      }
      w.tokensFree--;
      task.tokenPhase = TokenPhase.TokenTaken;
      makeReady(world, task, 0); // the second yield, holding the token
      return;
    case TokenPhase.TokenTaken:
    case TokenPhase.TokenHandedOver:
      task.tokenPhase = TokenPhase.NotStarted;
      startPoolJob(world, w.anyioIdle.pop() ?? newAnyioThread(world, w), task, op.body);
  }
}

function newAnyioThread(world: World, w: Worker): SimThread {
  const th = new SimThread('anyio', w.id, w.anyioThreads++, w.gil);
  th.onJobDone = (task) => {
    world.busyPoolThreads--;
    w.anyioIdle.push(th);
    task.pc++;
    task.releaseToken = true;
    makeReady(world, task);
  };
  return th;
}

/** The token goes to the first waiter, who starts its thread the next time the loop runs it. */
export function releaseToken(world: World, w: Worker): void {
  const next = w.tokenWaiters.pop();
  if (next === undefined) {
    w.tokensFree++;
    return;
  }
  next.tokenPhase = TokenPhase.TokenHandedOver;
  makeReady(world, next);
}
