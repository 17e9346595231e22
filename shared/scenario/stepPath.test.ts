import { describe, expect, it } from 'vitest';
import type { Step } from './types';
import { innerSteps, stepAtPath, stepChain, stepPathLevels } from './stepPath';

const cpu: Step = { cpu: 5 };
const inThread: Step = { blocking_io: 20 };
const toThread: Step = { to_thread: [{ cpu: 1 }, inThread], pool: 'anyio' };
const branchStep: Step = { await_io: 7 };
const gather: Step = { gather: [[{ await_io: 1 }], [{ cpu: 2 }, branchStep]] };
const steps: Step[] = [cpu, toThread, gather];

describe('step paths', () => {
  it('names a top-level step, a to_thread body step and a step inside a gather branch', () => {
    expect(stepAtPath(steps, [0])).toBe(cpu);
    expect(stepAtPath(steps, [1, 1])).toBe(inThread);
    expect(stepAtPath(steps, [2, 1, 1])).toBe(branchStep);
  });

  it('names no step for a path that leaves the route, is empty or stops at a gather branch', () => {
    expect(stepAtPath(steps, [])).toBeNull();
    expect(stepAtPath(steps, [3])).toBeNull();
    expect(stepAtPath(steps, [1, 2])).toBeNull();
    expect(stepAtPath(steps, [0, 0])).toBeNull(); // a cpu step has no inner steps
    expect(stepAtPath(steps, [2, 1])).toBeNull(); // a branch, not a step
    expect(stepAtPath(steps, [2, 5, 0])).toBeNull();
  });

  it('walks the chain of enclosing steps, outermost first, stopping where the path leaves the route', () => {
    expect(stepChain(steps, [2, 1, 1])).toEqual([gather, branchStep]);
    expect(stepChain(steps, [1, 0])).toEqual([toThread, { cpu: 1 }]);
    expect(stepChain(steps, [1, 9, 0])).toEqual([toThread]);
  });

  it('keeps every index as a level, with the branch a gather enters', () => {
    expect(stepPathLevels(steps, [2, 1, 0])).toEqual([{ index: 2, step: gather, branch: 1 }, { index: 0, step: { cpu: 2 } }]);
    expect(stepPathLevels(undefined, [4, 2])).toEqual([{ index: 4, step: undefined }, { index: 2, step: undefined }]);
    expect(stepPathLevels(steps, [2])).toEqual([{ index: 2, step: gather }]);
  });

  it('gives a to_thread or to_process body and nothing for other steps', () => {
    expect(innerSteps(toThread)).toBe((toThread as { to_thread: Step[] }).to_thread);
    expect(innerSteps({ to_process: [cpu as { cpu: number }] })).toEqual([cpu]);
    expect(innerSteps(gather)).toBeNull();
    expect(innerSteps(cpu)).toBeNull();
  });
});
