/**
 * What walking the code finds besides steps: where each step came from (for its diagnostic
 * and for tying its bar to a line) and notes about what was left out or assumed; and the
 * one-line label a step's source text becomes.
 */
import type { CallEntry } from './catalogue';
import type { ExecutorUse } from './executorSizes';
import type { AsyncStep, Step } from '../scenario/types';

const LABEL_CHARS = 80;

/** A span of the source, as string indices. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface StepOrigin {
  /** The call (or await) that takes the time. */
  readonly at: Span;
  /** Its source text, on one line. */
  readonly text: string;
  readonly entry?: CallEntry;
  /** What the duration stands for when assumed ("an HTTP request to another service"). */
  readonly what: string;
  readonly assumed: boolean;
  /**
   * Calls from the function being walked (a route's handler or one of its dependencies) down
   * to `at`, outermost first: `[fetch_order(id)]` when the handler calls fetch_order, which
   * calls cur.execute. Empty when `at` is in that function itself.
   */
  readonly via: readonly Span[];
  /** How the step was found: a catalogue row, a literal loop, a default for unknown work. */
  readonly source: 'catalogue' | 'loop' | 'default';
}

/** A note about the code: something assumed or left out, at a place. */
export interface Note {
  readonly at: Span;
  readonly code: string;
  readonly message: string;
}

export class Findings {
  readonly origins = new Map<Step, StepOrigin>();
  /** Steps of a middleware, with how to name it (`HTTP middleware ship_logs`): making the route def does not move them off the loop. */
  readonly middleware = new Map<Step, string>();
  /** Steps an async dependency runs on the loop (loopWarnings.onLoop), with its name: FastAPI runs it there for any route, so making the route def does not move them. */
  readonly asyncDependency = new Map<Step, string>();
  /**
   * What runs on the loop after a route's response (`afterResponse.ts`): not in the route,
   * still on the loop. `where` names the code; `dependency`, the async dependency it is in.
   */
  readonly afterResponse: { route: string; where: string; dependency?: string; steps: readonly AsyncStep[] }[] = [];
  readonly notes: Note[] = [];
  /** Calls into imported code LoopLab does not know, per function: assumed to take no time. */
  readonly unknownCalls = new Map<object, { at: Span; text: string }[]>();
  /** The executors work is handed to (`executorSizes.ts`): their sizes may set the server's. */
  readonly executors: ExecutorUse[] = [];
  /** Function inlinings left before the walk stops following calls (bounds the time of a hostile file). */
  inlineBudget = 50_000;

  note(at: Span, code: string, message: string): void {
    if (!this.notes.some((n) => n.at.start === at.start && n.code === code)) this.notes.push({ at, code, message });
  }

  unknown(fn: object, at: Span, text: string): void {
    const list = this.unknownCalls.get(fn) ?? [];
    if (!list.some((u) => u.text === text)) list.push({ at, text });
    this.unknownCalls.set(fn, list);
  }
}

/** Source text as a label: one line, at most LABEL_CHARS characters. */
export function label(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= LABEL_CHARS ? flat : `${flat.slice(0, LABEL_CHARS - 1)}…`;
}
