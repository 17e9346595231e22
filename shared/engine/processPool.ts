/**
 * A worker's ProcessPoolExecutor (`await loop.run_in_executor(pool, fn)`): each process has
 * its own interpreter and GIL, so its code never waits for the loop's GIL — only for a core.
 * Jobs queue FIFO and start as soon as a process is free, without the loop.
 */
import type { Op } from './compile';
import type { Task, Worker, World } from './world';
import { makeReady } from './eventLoop';
import { runJob } from './threadJob';
import { SimThread } from './simThread';
import { St } from './stateIds';
import { queuedBody } from './threadPool';

export function toProcess(world: World, task: Task, op: Op): void {
  const w = task.worker!;
  let proc = w.processIdle.shift();
  if (proc === undefined && w.processes < world.cfg.processPoolWorkers) proc = newProcess(world, w);
  if (proc === undefined) {
    w.processQueue.push(task);
    world.rec.wait(task, world.now, St.ProcessWait, op.path);
    return;
  }
  runJob(world, proc, op.body, task);
}

function newProcess(world: World, w: Worker): SimThread {
  const proc = new SimThread('process', w.id, w.processes++, null);
  proc.onJobDone = (task) => {
    task.pc++;
    makeReady(world, task);
    const queued = w.processQueue.shift();
    if (queued === undefined) w.processIdle.push(proc);
    else {
      world.rec.closeWait(queued, world.now);
      runJob(world, proc, queuedBody(queued), queued);
    }
  };
  return proc;
}
