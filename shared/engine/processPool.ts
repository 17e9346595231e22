/**
 * A worker's ProcessPoolExecutor (`await loop.run_in_executor(pool, fn)`): each process has
 * its own interpreter and GIL, so its code never waits for the loop's GIL — only for a core.
 * Jobs queue FIFO and start as soon as a process is free, without the loop.
 */
import type { Op } from './compile';
import type { Task, Worker, World } from './world';
import { runJob } from './threadJob';
import { SimThread } from './simThread';
import { St } from './stateIds';
import { jobDoneTakeNext, queuedBody } from './threadPool';

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
  const start = (next: Task) => runJob(world, proc, queuedBody(next), next);
  proc.onJobDone = (task) => jobDoneTakeNext(world, task, proc, w.processQueue, w.processIdle, start);
  return proc;
}
