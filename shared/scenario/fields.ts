/**
 * Zod schemas for the leaf values of a scenario (times, counts, names), each with a message
 * that says what is wrong and what would be valid, and the conversion of zod's issues into
 * path-naming ScenarioErrors. Objects with context-dependent rules (routes, steps) are
 * walked by hand in routes.ts and steps.ts; they reuse these leaves.
 *
 * Written with `zod/mini` (functions, not methods: `z.optional(s)`, `s.check(z.gte(0))`): the
 * same checks and issues as zod's classic API, without loading the whole library. Every
 * `looplab` command validates a scenario, and classic zod took a fifth of its start-up.
 */
import * as z from 'zod/mini';
import { LIMITS, formatCount, type Range } from './limits';
import { describeValue, suggestion, type PathPart, type Problems } from './errors';

/** A duration or instant in milliseconds: finite, 0 … LIMITS.maxTimeMs. */
export const timeMs = z.pipe(
  z.number({ error: (iss) => `must be a number of milliseconds from 0 to ${formatCount(LIMITS.maxTimeMs)} (got ${describeValue(iss.input)})` }).check(
    z.gte(0, { error: (iss) => `must not be negative (a time in milliseconds from 0 to ${formatCount(LIMITS.maxTimeMs)}; got ${describeValue(iss.input)})` }),
    z.lte(LIMITS.maxTimeMs, { error: (iss) => `is longer than the limit of ${formatCount(LIMITS.maxTimeMs)} ms, one hour (got ${describeValue(iss.input)})` }),
  ),
  z.transform((ms: number) => ms + 0), // -0 → 0, so a saved file never says "-0" and round-trips exactly
);

/** A whole number within `range`; `what` says what it counts, for the message. */
export function wholeNumber(range: Range, what: string) {
  const valid = `a whole number from ${formatCount(range.min)} to ${formatCount(range.max)}: ${what}`;
  return z.number({ error: (iss) => `must be ${valid} (got ${describeValue(iss.input)})` }).check(
    z.int({ error: (iss) => `must be ${valid} (got ${describeValue(iss.input)})` }),
    z.gte(range.min, { error: (iss) => `must be ${valid} (got ${describeValue(iss.input)})` }),
    z.lte(range.max, { error: (iss) => `is above the limit: must be ${valid} (got ${describeValue(iss.input)})` }),
  );
}

/** A number (not necessarily whole) within `range`. */
export function numberIn(range: Range, what: string) {
  const valid = `a number from ${range.min} to ${formatCount(range.max)}: ${what}`;
  const message = (iss: { input?: unknown }) => `must be ${valid} (got ${describeValue(iss.input)})`;
  return z.number({ error: message }).check(z.gte(range.min, { error: message }), z.lte(range.max, { error: message }));
}

/** Non-empty text of at most `max` characters. */
export function text(max: number, what: string, allowEmpty = false) {
  const base = z.string({ error: (iss) => `must be text in double quotes: ${what} (got ${describeValue(iss.input)})` });
  const longest = z.maxLength(max, { error: `is longer than ${formatCount(max)} characters (shorten it): ${what}` });
  return allowEmpty ? base.check(longest) : base.check(z.minLength(1, { error: `must not be empty: ${what}` }), longest);
}

export const label = text(LIMITS.maxLabelChars, 'a label the chart shows, e.g. "time.sleep(0.2)"', true);

/** Where a step comes from in an analysed Python file: 1-based line and column. */
export const sourceLine = wholeNumber(LIMITS.sourcePosition, 'the line of the Python file this step comes from');
export const sourceColumn = wholeNumber(LIMITS.sourcePosition, 'the column of the Python file this step comes from');

export function boolean(what: string) {
  return z.boolean({ error: (iss) => `must be true or false: ${what} (got ${describeValue(iss.input)})` });
}

/**
 * Copies zod's issues into `problems` under `base`. Unknown keys become one error each,
 * listing the valid keys (and a likely intended one); `keyHint` says what the object is.
 */
export function addZodIssues(
  problems: Problems,
  base: readonly PathPart[],
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  validKeys: readonly string[] = [],
  keyHint = '',
): void {
  for (const issue of issues) {
    const relative = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const path = [...base, ...relative];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.add([...path, key], unknownKeyMessage(key, validKeys, keyHint));
    } else if (issue.code === 'invalid_type' && isAbsent(input, relative)) {
      problems.add(path, `is required${requiredHint(issue.message)}`);
    } else {
      problems.add(path, issue.message);
    }
  }
}

/** Whether `path` names a key that is missing from `input` (zod does not report the input itself). */
function isAbsent(input: unknown, path: readonly PathPart[]): boolean {
  let value = input;
  for (const part of path) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, part)) return true;
    value = (value as Record<PathPart, unknown>)[part];
  }
  return value === undefined;
}

function requiredHint(message: string): string {
  // The type message reads "must be <what is valid> (got nothing)": reuse its middle part.
  const m = /^must be (.*) \(got nothing\)$/.exec(message);
  return m ? ` (${m[1]})` : '';
}

export function unknownKeyMessage(key: string, validKeys: readonly string[], keyHint: string): string {
  const hint = keyHint === '' ? `valid keys: ${validKeys.join(', ')}` : keyHint;
  return `unknown key (${suggestion(key, validKeys)}${hint})`;
}

/** Runs a leaf schema on one value, adding its problems at `path`; returns the value if valid. */
export function check<T>(schema: z.ZodMiniType<T>, value: unknown, path: readonly PathPart[], problems: Problems): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  addZodIssues(problems, path, result.error.issues, value);
  return undefined;
}

/** True for a plain JSON object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
