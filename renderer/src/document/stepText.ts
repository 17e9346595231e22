/** How a step reads in the editor and in messages: the Python a learner would write. */
import type { Step, RouteKind } from '../../../shared/scenario/types';
import { stepKind } from '../../../shared/scenario/types';

export const STEP_NAMES = {
  cpu: 'CPU burst',
  blocking_io: 'blocking I/O',
  await_io: 'I/O wait (await)',
  to_thread: 'to_thread',
  to_process: 'to_process',
  gather: 'gather',
} as const;

/** The duration a step carries directly, or null for wrappers (their time is their contents'). */
export function stepDuration(step: Step): number | null {
  if ('cpu' in step) return step.cpu;
  if ('blocking_io' in step) return step.blocking_io;
  if ('await_io' in step) return step.await_io;
  return null;
}

/** A one-line Python hint: what this step stands for in a route of this kind. */
export function stepPython(step: Step, kind: RouteKind): string {
  switch (stepKind(step)) {
    case 'cpu': return 'compute()  # pure Python, holds the GIL';
    case 'blocking_io': return kind === 'async' ? 'time.sleep()  # blocks the event loop!' : 'requests.get()  # blocks this thread';
    case 'await_io': return 'await client.get()';
    case 'to_thread': return 'await asyncio.to_thread(fn)';
    case 'to_process': return 'await loop.run_in_executor(pool, fn)';
    case 'gather': return 'await asyncio.gather(…)';
  }
}

export const routeKeyword = (kind: RouteKind): string => (kind === 'async' ? 'async def' : 'def');
