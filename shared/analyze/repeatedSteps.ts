/**
 * A loop's or a fan-out's steps counted as many times as the code states (loopBodies.ts,
 * fanOut.ts, taskGroups.ts): each repeat a copy of its own, from the same origin.
 */
import type { AsyncStep } from '../scenario/types';
import type { BodyWalker } from './bodySteps';
import { label } from './findings';
import type { PyNode } from './syntax';

/** A literal loop repeats its body's steps up to this many times; longer loops count once. */
export const MAX_LOOP_REPEAT = 20;

/** A loop body's steps, `count` times when the code states it (at most MAX_LOOP_REPEAT), else once with a note. */
export function repeatBody(w: BodyWalker, body: AsyncStep[], count: number | null, node: PyNode, header: string, out: AsyncStep[]): void {
  if (body.length === 0) return;
  const times = count !== null && count >= 1 && count <= MAX_LOOP_REPEAT ? Math.floor(count) : 1;
  if (count === null || count > MAX_LOOP_REPEAT) {
    w.findings.note(node, 'LOOP203', `${label(header)}: the loop's body is counted once (LoopLab cannot tell how many times it runs); repeat its steps in the editor if it runs more`);
  }
  for (const steps of repeats(w, body, times)) out.push(...steps);
}

/** `steps` `times` times: the first time themselves, then copies (none when `times` is 0). */
export function repeats(w: BodyWalker, steps: AsyncStep[], times: number): AsyncStep[][] {
  const all: AsyncStep[][] = [];
  for (let i = 0; i < times; i++) all.push(i === 0 ? steps : steps.map((s) => copyStep(w, s)));
  return all;
}

/** A repeated step: a copy of its own, from the same origin (its diagnostic and its line). */
export function copyStep<S extends AsyncStep>(w: BodyWalker, step: S): S {
  const copy = JSON.parse(JSON.stringify(step)) as S;
  const origin = w.findings.origins.get(step);
  if (origin) w.findings.origins.set(copy, origin);
  return copy;
}
