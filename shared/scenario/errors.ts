/**
 * Loader errors: each names the JSON path of the problem and says what would be valid.
 * `routes[0].steps[2].await_io: not allowed in a sync route (…)`
 */
export interface ScenarioError {
  /** JSON path like `routes[0].steps[2].await_io`; '' for the file as a whole. */
  path: string;
  /** What is wrong, then (in parentheses) what would be valid. */
  message: string;
  /** For JSON syntax errors: where in the text (1-based), so an editor can mark it. */
  line?: number;
  column?: number;
}

export type PathPart = string | number;

export type LoadResult<T> = { ok: true; scenario: T } | { ok: false; errors: ScenarioError[] };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** ['routes', 0, 'steps', 2, 'await_io'] → `routes[0].steps[2].await_io`. */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (IDENTIFIER.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** Collects every problem in a document, so the user sees them all at once. */
export class Problems {
  readonly list: ScenarioError[] = [];
  add(path: readonly PathPart[], message: string): void {
    this.list.push({ path: formatPath(path), message });
  }
  get count(): number {
    return this.list.length;
  }
}

/** `ScenarioError` as one line: `routes[0].cpu: message`, or just the message for the root. */
export function formatError(e: ScenarioError): string {
  return e.path === '' ? e.message : `${e.path}: ${e.message}`;
}

/** A short description of a bad value for "got …" in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return String(value); // NaN, Infinity, -5 all print plainly
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** The closest candidate to a misspelt key, if it is close enough to be a likely typo. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  const tolerance = Math.max(1, Math.floor(word.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

/** Edits (insert, delete, substitute, swap two neighbours) from a to b: "lable" is 1 from "label". */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3 || a.length > 64 || b.length > 64) return Infinity;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** ` (did you mean "label"?)`-style suffix, or '' when nothing is close. */
export function suggestion(word: string, candidates: readonly string[]): string {
  const guess = didYouMean(word, candidates);
  return guess === undefined ? '' : `did you mean "${guess}"? `;
}
