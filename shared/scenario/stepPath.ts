/**
 * Step paths: where a step sits in its route — what the engine's segments carry, what a bar's
 * label and tooltip name, what the editor selects. [i] is steps[i]; [i, j] is
 * steps[i].to_thread[j] (or to_process[j]); [i, b, j, …] is steps[i].gather[b][j], and so on.
 * Every walk along a path goes through stepPathLevels.
 */
import type { Step, SyncStep } from './types';

/** One level of a path: a step in a list of steps, and the gather branch the path enters next. */
export interface PathLevel {
  /** The step's index in its list. */
  index: number;
  /** The step; undefined once the path has left the route (an index past a list's end, or under a plain step). */
  step: Step | undefined;
  /** When `step` is a gather and the path goes on: the branch it enters. */
  branch?: number;
}

/** A to_thread's or to_process's body; null for every other step. */
export function innerSteps(step: Step): readonly SyncStep[] | null {
  if ('to_thread' in step) return step.to_thread;
  if ('to_process' in step) return step.to_process;
  return null;
}

/**
 * The levels a path walks through, outermost first: one per step index, every index kept
 * even where the path leaves the route (the level's step is then undefined).
 * @example
 *   stepPathLevels(route.steps, [3, 1, 0]); // steps[3] is a gather: [{ index: 3, step, branch: 1 }, { index: 0, step }]
 */
export function stepPathLevels(steps: readonly Step[] | undefined, path: readonly number[]): PathLevel[] {
  const levels: PathLevel[] = [];
  let list: readonly Step[] | undefined = steps;
  for (let i = 0; i < path.length; i++) {
    const step: Step | undefined = list?.[path[i]!];
    const level: PathLevel = { index: path[i]!, step };
    levels.push(level);
    if (step !== undefined && 'gather' in step && i + 1 < path.length) {
      level.branch = path[++i]!;
      list = step.gather[level.branch];
    } else list = step === undefined ? undefined : (innerSteps(step) ?? undefined);
  }
  return levels;
}

/** The steps a path walks through, outermost first, up to where it leaves the route. */
export function stepChain(steps: readonly Step[], path: readonly number[]): Step[] {
  const chain: Step[] = [];
  for (const level of stepPathLevels(steps, path)) {
    if (level.step === undefined) break;
    chain.push(level.step);
  }
  return chain;
}

/**
 * The step a path names, or null when it names none: it leaves the route, is empty, or ends at
 * a gather's branch rather than at a step.
 */
export function stepAtPath(steps: readonly Step[], path: readonly number[]): Step | null {
  const levels = stepPathLevels(steps, path);
  const last = levels[levels.length - 1];
  if (last === undefined || last.step === undefined || last.branch !== undefined) return null;
  return last.step;
}
