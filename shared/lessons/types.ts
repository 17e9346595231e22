/**
 * The lesson content as plain, serialisable data, so a UI can render it directly and a test
 * can check every number it states against the engine (no DOM, no Node).
 *
 * Text fields use a tiny inline markup (see markup.ts):
 *   `code`    a code span, e.g. `async def`
 *   **word**  emphasis
 *   {id}      the value of the lesson's claim `id`, formatted with its unit ("1,000 ms", "3×")
 * Numbers the simulation produces are never typed into the text: they come from claims, and
 * the tests recompute every claim from the engine, so text and engine cannot drift apart.
 */
import type { Scenario } from '../scenario/types';
import type { LaneKind } from '../engine/timeline';
import type { ChartView } from '../chart/layout';

export type LessonKind = 'step' | 'myth' | 'pitfall' | 'guide';

/**
 * The two live timelines the learner sees side by side (and may edit). Each scenario's name
 * is its one name everywhere: chart title, title bar, scenario picker, Edit button.
 */
export interface ScenarioPair {
  before: Scenario;
  after?: Scenario;
}

/** Which timeline of the pair a claim reads. */
export type Side = 'before' | 'after';

/** The latency statistics a claim may quote (nearest rank, as the engine's metrics). */
export type LatencyStat = 'p50' | 'p95' | 'max' | 'mean' | 'min';

/** Something measurable on a timeline. Kept small and declarative so the UI could show it live. */
export type Measure =
  /** When request `request` (numbered as docs/model.md#order says) ended, or how long it took. */
  | { kind: 'end' | 'latency'; request: number }
  /**
   * When the rank-th request to finish (1-based) ended. Order of finishing, not of ids: AnyIO 3
   * wakes token waiters last-in first-out, so "the fifth request" is rarely the fifth to end.
   */
  | { kind: 'nthFinished'; rank: number }
  /** A latency statistic over all requests, or over one route's requests. */
  | { kind: 'latencyStat'; stat: LatencyStat; route?: string }
  /** Last end minus first arrival. */
  | { kind: 'makespan' }
  /** Most pool threads (AnyIO + executor) busy at once. */
  | { kind: 'peakThreads' }
  /** Total time every event loop was blocked (cpu, blocking_io or GIL wait on the loop). */
  | { kind: 'loopBlocked' }
  /** How many cores ever ran Python at the same time (cores with non-zero utilisation). */
  | { kind: 'coresUsed' }
  /** How many worker processes served at least one request. */
  | { kind: 'workersUsed' }
  /** How many lanes (threads, processes, loops) did any work; optionally of one kind. */
  | { kind: 'lanes'; laneKind?: LaneKind }
  /** The longest any request waited in one state, summed over its life (e.g. token_wait). */
  | { kind: 'maxStateTime'; state: 'token_wait' | 'loop_wait' | 'gil_wait' };

/** How a value is written in the text. */
export type Unit = 'ms' | 'count' | 'times';

/**
 * A number the lesson states. `value` is what the text shows; the test recomputes it:
 * measures are rounded to whole units ('ms', 'count'), ratios to one decimal ('times').
 */
export type Claim =
  | { id: string; side: Side; measure: Measure; value: number; unit: Exclude<Unit, 'times'> }
  /** numerator ÷ denominator, two other claims of the same lesson. */
  | { id: string; ratio: [string, string]; value: number; unit: 'times' };

export type CompareOp = '<' | '<=' | '=' | '>=' | '>';

/**
 * A behaviour the lesson asserts, checked by a test named after `says`
 * ("a single async worker never uses more than one core of CPU").
 */
export interface Fact {
  says: string;
  left: string; // a claim id
  op: CompareOp;
  right: string | number; // a claim id, or a constant
}

/** Predict-then-reveal: the learner commits to a choice before the second chart appears. */
export interface Question {
  prompt: string;
  /** 2–4 short answers. */
  choices: string[];
  /** Index into `choices`. */
  answer: number;
  /** Shown at the reveal: why the answer is what the charts show. */
  why: string;
  /** Facts that make `answer` true; the tests check them against the engine. */
  proof: Fact[];
}

/** Python for a pitfall: realistic FastAPI code, before and after the fix. */
export interface CodePair {
  wrong: string;
  fixed: string;
}

export interface Lesson {
  id: string;
  kind: LessonKind;
  title: string;
  /** One line, for the lesson list. */
  summary: string;
  question?: Question;
  /** Short paragraphs in the inline markup. */
  body: string[];
  scenarios: ScenarioPair;
  /**
   * The chart view the lesson opens in: the one that shows its point. Awaited I/O holds no
   * thread, so an `async def` chart of waits is an empty event-loop lane in the resources
   * view and a row of waits per request in the requests view.
   */
  view: ChartView;
  code?: CodePair;
  takeaway: string;
  /** The same point retold in the kitchen (chef mode): one sentence. */
  chef?: string;
  claims: Claim[];
  /** What the lesson says the charts show; every lesson has at least one. */
  facts: Fact[];
}
