/**
 * The scenario loader: text or an already-parsed value in, a complete Scenario (defaults
 * filled in) or every problem found out. It never throws for bad input, and a scenario it
 * accepts is always one the engine can simulate.
 *
 * @example
 *   const result = parseScenario(fileText);
 *   if (!result.ok) for (const e of result.errors) console.error(`${e.path}: ${e.message}`);
 */
import { LIMITS, formatCount } from './limits';
import { Problems, describeValue, type LoadResult, type ScenarioError } from './errors';
import { check, isRecord, text, unknownKeyMessage } from './fields';
import { checkJsonText } from './jsonText';
import { binaryKind, notTextMessage } from './binaryText';
import type { Scenario } from './types';
import { validateServer } from './server';
import { validateRoutes } from './routes';
import { validateArrivals } from './arrivals';
import { validateFixes } from './fixes';

export type ScenarioResult = LoadResult<Scenario>;

export const TOP_KEYS = ['name', 'description', 'server', 'routes', 'requests', 'fixes'] as const;
const scenarioName = text(LIMITS.maxNameChars, 'a short title, e.g. "blocking call in an async route"');
const description = text(LIMITS.maxDescriptionChars, 'one line saying what the scenario shows', true);

/** Parses and validates scenario text (a JSON file's contents). */
export function parseScenario(source: string): ScenarioResult {
  if (typeof source !== 'string') return fail('', `expected the text of a scenario file (got ${describeValue(source)})`);
  if (source.length > LIMITS.maxTextChars) {
    return fail('', `the file is ${formatCount(source.length)} characters, more than the limit of ${formatCount(LIMITS.maxTextChars)} (5 MB); a scenario describes load with "count" and "every", it does not list every request`);
  }
  const binary = binaryKind(source);
  if (binary) return fail('', notTextMessage(binary, 'a scenario is a JSON text file like {"name": …, "routes": […], "requests": […]}'));
  const syntax = checkJsonText(source, LIMITS.maxJsonDepth);
  if (!syntax.ok) return { ok: false, errors: [syntax.error] };
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (e) {
    // The check above accepts only valid JSON; this is a second net, never expected to catch.
    return fail('', `not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return validateScenario(value);
}

/** Validates an already-parsed value (from JSON.parse, IPC, or an edit in the app). */
export function validateScenario(value: unknown): ScenarioResult {
  try {
    if (!withinDepth(value, LIMITS.maxJsonDepth)) {
      return fail('', `nested more than ${LIMITS.maxJsonDepth} levels deep, or contains a cycle (the limit for a scenario)`);
    }
    return validateDocument(value);
  } catch (e) {
    // Bad input must never throw; if a bug lets something through, it still reaches the user as an error.
    return fail('', `could not be checked (an internal error in the loader: ${e instanceof Error ? e.message : String(e)})`);
  }
}

function validateDocument(value: unknown): ScenarioResult {
  if (!isRecord(value)) {
    return fail('', `a scenario must be a JSON object like {"name": …, "routes": […], "requests": […]} (got ${describeValue(value)})`);
  }
  const problems = new Problems();
  for (const key of Object.keys(value)) {
    if (!(TOP_KEYS as readonly string[]).includes(key)) problems.add([key], unknownKeyMessage(key, TOP_KEYS, `a scenario has ${TOP_KEYS.join(', ')}`));
  }
  const name = value.name === undefined ? requiredName(problems) : check(scenarioName, value.name, ['name'], problems);
  const desc = value.description === undefined ? undefined : check(description, value.description, ['description'], problems);
  const server = validateServer(value.server, ['server'], problems);
  const routes = validateRoutes(value.routes, ['routes'], problems);
  const requests = validateArrivals(value.requests, ['requests'], routes, problems);
  const fixes = value.fixes === undefined ? undefined : validateFixes(value.fixes, ['fixes'], problems);
  if (problems.count > 0 || name === undefined || server === undefined || routes.routes === undefined || requests === undefined) {
    return { ok: false, errors: capped(problems.list) };
  }
  const scenario: Scenario = { name, ...(desc === undefined ? {} : { description: desc }), server, routes: routes.routes, requests, ...(fixes === undefined ? {} : { fixes }) };
  return { ok: true, scenario };
}

function requiredName(problems: Problems): undefined {
  problems.add(['name'], 'is required (a short title, e.g. "blocking call in an async route")');
  return undefined;
}

function fail(path: string, message: string): ScenarioResult {
  return { ok: false, errors: [{ path, message }] };
}

/** A file of a million bad steps should not print a million lines: the rest is summarised. */
function capped(errors: ScenarioError[]): ScenarioError[] {
  if (errors.length <= LIMITS.maxErrorsReported) return errors;
  const rest = errors.length - LIMITS.maxErrorsReported;
  return [...errors.slice(0, LIMITS.maxErrorsReported), { path: '', message: `… and ${formatCount(rest)} more problems not listed` }];
}

/** Iterative (an explicit stack), so a deep or cyclic value cannot overflow the call stack. */
function withinDepth(root: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  let visited = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= maxDepth) return false;
    // A cycle shows up as unbounded depth; the visit cap keeps wide cyclic graphs cheap too.
    if (++visited > 20_000_000) return false;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return true;
}
