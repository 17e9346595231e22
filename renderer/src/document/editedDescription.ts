/**
 * A scenario's description is written for the scenario as it was built ("five requests, all
 * end at about 200 ms"). The first edit makes it untrue, so that edit also says so in the
 * document itself: the description becomes "Edited from “name”. The original: …". A saved
 * or exported file then carries it too, and later edits leave it alone.
 */
import type { Scenario } from '../../../shared/scenario/types';
import { LIMITS } from '../../../shared/scenario/limits';

const EDITED_FROM = 'Edited from “';

export function editedDescription(name: string, description: string): string {
  const text = `${EDITED_FROM}${name}”. The original: ${description}`;
  return text.length <= LIMITS.maxDescriptionChars ? text : `${text.slice(0, LIMITS.maxDescriptionChars - 1)}…`;
}

/** `after`, an edit of `before`, with a description that no longer claims to describe it. */
export function withEditedDescription(before: Scenario, after: Scenario): Scenario {
  const { description } = before;
  if (!description || after.description !== description || description.startsWith(EDITED_FROM)) return after;
  return { ...after, description: editedDescription(before.name, description) };
}
