import { describe, expect, it } from 'vitest';
import { Task, TokenPhase } from './world';
import { compileRoute, PathTable } from './compile';
import { St } from './stateIds';

describe('a reused task', () => {
  it('is the same as a new one: every field the last coroutine left is reset', () => {
    const paths = new PathTable();
    const first = compileRoute({ name: 'a', kind: 'async', steps: [{ cpu: 1 }, { await_io: 2 }] }, paths, 0).ops;
    const second = compileRoute({ name: 'b', kind: 'async', steps: [{ await_io: 3 }] }, paths, 0).ops;
    const parent = new Task(7, first, null);
    const used = new Task(1, first, null);
    // What a run leaves on a finished task (whatever the values: all must go).
    Object.assign(used, {
      pc: 2, pendingChildren: 3, tokenPhase: TokenPhase.TokenTaken, startedPool: true, releaseToken: true, hops: 2,
      worker: {}, waitState: St.LoopWait, waitStart: 1.5, waitStartUs: 1500, waitPath: 4, waitLastSegment: 9,
    });
    expect(used.reuse(5, second, parent)).toEqual(new Task(5, second, parent));
    // No field a new task has is missed, nor one added.
    expect(Object.keys(used).sort()).toEqual(Object.keys(new Task(5, second, parent)).sort());
  });
});
