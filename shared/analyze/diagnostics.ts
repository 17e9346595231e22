/**
 * Diagnostics, printed the way ruff prints them: `FILE:LINE:COL: CODE message`. Codes are
 * ruff's and flake8-async's where one of their rules flags the call (ASYNC210 …), else
 * LoopLab's own (docs/analyze.md lists them):
 *
 * | code | severity | what |
 * |---|---|---|
 * | LOOP001 | error | a syntax error (the routes elsewhere in the file are still read) |
 * | LOOP002 | warning | over a limit: routes beyond 200, steps beyond 1,000 per route |
 * | LOOP101 | warning | heavy computation on the event loop (no ruff rule covers it) |
 * | LOOP102 | warning | blocking I/O on the event loop the ASYNC rules do not name |
 * | LOOP201 | note | a duration assumed (a documented default) |
 * | LOOP202 | note | calls into code LoopLab does not know, taken to cost nothing |
 * | LOOP203 | note | a loop or gather whose count LoopLab cannot tell |
 * | LOOP204 | note | work the response does not wait for: a background task, a dependency's code after yield, an ASGI middleware's after self.app(…), a task started outside a group and never awaited (not in the chart) |
 * | LOOP205 | note | calls too deep to follow |
 * | LOOP206 | note | how a `def` route with async dependencies is modelled |
 * | LOOP207 | note | a websocket route (not simulated) |
 * | LOOP208 | note | an executor the file makes: its stated size set as the server's, or how it is read |
 */
export type Severity = 'error' | 'warning' | 'note';

/** A fix the app can apply to the scenario, so the charts show the fixed code. */
export type FixKind = 'await' | 'threadpool' | 'process' | 'def';

export interface Diagnostic {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  /** For a warning about a step on the event loop: the fixes that apply, best first. */
  readonly fixes: readonly FixKind[];
  /** That step: its route's name and the step's own line and column (how the app finds it after edits). */
  readonly target?: { readonly route: string; readonly line: number; readonly column: number };
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** `app.py:14:9: ASYNC210 requests.get(url) blocks the event loop …` */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.line}:${d.column}: ${d.code} ${d.message}`;
}

/** Errors first, then by position. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code));
}

/** 200 → "200 ms", 0.5 → "0.5 ms", 1500 → "1,500 ms". */
export function formatMs(ms: number): string {
  const rounded = ms >= 10 ? Math.round(ms) : Math.round(ms * 100) / 100;
  return `${rounded.toLocaleString('en-US')} ms`;
}
