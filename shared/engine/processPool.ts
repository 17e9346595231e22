/**
 * A worker's ProcessPoolExecutor (`await loop.run_in_executor(pool, fn)`): each process has
 * its own interpreter and GIL, so its code never waits for the loop's GIL — only for a core.
 * Jobs queue FIFO and start as soon as a process is free, without the loop.
 */
import type { Op } from './compile';
import type { Job, Task, World } from './world';
import { makeReady } from './eventLoop';
import { runJob } from './threadJob';
import { SimThread } from './simThread';
import { St } from './stateIds';

type ProcessOp = Extract<Op, { kind: 'to_process' }>;

export function toProcess(world: World, task: Task, op: ProcessOp): void {
  const w = task.worker!;
  const job: Job = {
    task,
    body: op.body,
    onDone: (proc) => {
      task.pc++;
      makeReady(world, task);
      const queued = w.processQueue.shift();
      if (queued === undefined) w.processIdle.push(proc);
      else {
        world.rec.closeWait(queued.task, world.now);
        runJob(world, proc, queued.body, queued.task.request, () => queued.onDone(proc));
      }
    },
  };
  let proc = w.processIdle.shift();
  if (proc === undefined && w.processes < world.cfg.processPoolWorkers) {
    proc = new SimThread('process', w.id, w.processes++, null);
  }
  if (proc === undefined) {
    w.processQueue.push(job);
    world.rec.wait(task, world.now, St.ProcessWait, op.path);
    return;
  }
  const p = proc;
  runJob(world, p, op.body, task.request, () => job.onDone(p));
}
