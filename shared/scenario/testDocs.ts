/** Small helpers for the loader's tests: a valid document to break, and its errors as lines. */
import { parseScenario, validateScenario } from './load';
import { formatError } from './errors';

/** A minimal valid scenario document, as a user would write it. */
export function validDoc(): Record<string, unknown> {
  return {
    name: 'blocking call in an async route',
    routes: [{ name: 'report', kind: 'async', steps: [{ blocking_io: 200, label: 'time.sleep(0.2)' }] }],
    requests: [{ route: 'report', at: 0, count: 5, every: 0 }],
  };
}

/** `validDoc()` with one route's steps replaced. */
export function docWithSteps(kind: 'async' | 'sync', steps: unknown[]): Record<string, unknown> {
  return { ...validDoc(), routes: [{ name: 'report', kind, steps }] };
}

/** The errors of a value as `path: message` lines ([] when it loads). */
export function errorLines(value: unknown): string[] {
  const result = validateScenario(value);
  return result.ok ? [] : result.errors.map(formatError);
}

export function textErrorLines(text: string): string[] {
  const result = parseScenario(text);
  return result.ok ? [] : result.errors.map(formatError);
}
