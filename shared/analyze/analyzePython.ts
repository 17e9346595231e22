/**
 * A FastAPI file → its scenario, with line-numbered diagnostics. Pure: the host passes a
 * ready tree-sitter-python parser (see syntax.ts), the analyser never throws for any text,
 * and the same text always gives the same result.
 *
 * @example
 *   const parser = await loadPythonParser();            // cli/analyze/pythonParser.ts in Node
 *   const result = analyzePython(source, parser, { fileName: 'app.py' });
 *   if (result.ok) simulate(result.scenario);
 *   for (const d of result.diagnostics) console.error(formatDiagnostic('app.py', d));
 */
import { validateScenario } from '../scenario/load';
import { formatCount } from '../scenario/limits';
import { defaultServer, type AsyncStep, type Route, type Scenario } from '../scenario/types';
import { BodyWalker } from './bodySteps';
import { CALLS, indexCatalogue } from './catalogue';
import { formatMs, sortDiagnostics, type Diagnostic } from './diagnostics';
import { Findings, label, type Span } from './findings';
import { loopWarnings } from './loopWarnings';
import { executorServer } from './executorSizes';
import { readModule, type FunctionInfo } from './bindings';
import { Resolver } from './names';
import { buildRoute } from './routeSteps';
import { findRoutes, ROUTE_METHODS } from './routes';
import { syntaxProblems, parseWithRecovery } from './recovery';
import { LineIndex, MAX_TREE_DEPTH, fieldOf, type PythonParser } from './syntax';
import { ANALYZE_LIMITS } from './limits';
import { refuseBeforeParsing } from './refusal';

export { ANALYZE_LIMITS };

/** Web frameworks a file may be written for instead, named when no FastAPI route is found. */
const OTHER_FRAMEWORKS = ['flask', 'django', 'quart', 'sanic', 'aiohttp', 'tornado', 'bottle', 'falcon', 'litestar'];

/** The load a new scenario starts with: every route, this many requests at once. */
export const DEFAULT_REQUESTS_PER_ROUTE = 10;

export interface AnalyzeOptions {
  /** How the file is named in the scenario (e.g. "app.py"). */
  fileName?: string;
  requestsPerRoute?: number;
}

export interface RouteSource {
  /** The route's name in the scenario. */
  name: string;
  /** Where its handler's `def` is (1-based). */
  line: number;
  handler: string;
}

/** Each step's position, with the lines of the calls that lead to it from its route (for hover links). */
export interface SourceLink {
  line: number;
  column: number;
  via: number[];
}

export type AnalysisResult =
  | { ok: true; scenario: Scenario; diagnostics: Diagnostic[]; routes: RouteSource[]; links: SourceLink[] }
  | { ok: false; message: string; line?: number; column?: number; diagnostics: Diagnostic[] };

const catalogue = indexCatalogue(CALLS);

export function analyzePython(text: string, parser: PythonParser, options: AnalyzeOptions = {}): AnalysisResult {
  try {
    return analyze(text, parser, options);
  } catch (e) {
    // Bad input must never throw; a bug that lets something through still reaches the user as a message.
    return { ok: false, message: `could not be analysed (an internal error in the analyser: ${e instanceof Error ? e.message : String(e)})`, diagnostics: [] };
  }
}

function analyze(text: string, parser: PythonParser, options: AnalyzeOptions): AnalysisResult {
  if (typeof text !== 'string') return { ok: false, message: 'expected the text of a Python file', diagnostics: [] };
  const refused = refuseBeforeParsing(text);
  if (refused) return { ok: false, ...refused, diagnostics: [] };
  if (parser.language === null) return { ok: false, message: 'the Python parser has no language loaded', diagnostics: [] };

  const parsed = parseWithRecovery(text, parser, parser.language);
  if (parsed === null) return { ok: false, message: 'the Python parser could not read this file', diagnostics: [] };
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = parsed.hasError ? syntaxProblems(parsed.root, lines, ANALYZE_LIMITS.maxSyntaxErrors) : [];
  if (parsed.tooDeep !== null) {
    diagnostics.push(at(lines, parsed.tooDeep, 'warning', 'LOOP002', `the code here is nested more than ${MAX_TREE_DEPTH} levels deep (Python itself refuses 200 nested brackets); LoopLab reads no deeper`));
  }

  const module = readModule(parsed.root, text);
  const resolver = new Resolver(module, catalogue);
  const found = findRoutes(module, resolver);
  if (found.routes.length === 0) {
    const firstError = diagnostics.find((d) => d.severity === 'error');
    const other = [...module.imports.values()].map((m) => m.split('.')[0]!).find((m) => OTHER_FRAMEWORKS.includes(m));
    const looked = `looked for functions decorated with @app.${ROUTE_METHODS.join('/')}/api_route(…) on a FastAPI() or APIRouter() instance, and app.add_api_route(…)${other ? `; this file imports ${other}, and LoopLab reads FastAPI apps` : ''}`;
    return {
      ok: false,
      message: firstError
        ? `no FastAPI route found (${looked}); the file has a syntax error at line ${firstError.line}, column ${firstError.column}`
        : `no FastAPI route found: ${looked}`,
      ...(firstError ? { line: firstError.line, column: firstError.column } : {}),
      diagnostics,
    };
  }

  const findings = new Findings();
  const walker = new BodyWalker(resolver, findings);
  const simulated = found.routes.slice(0, ANALYZE_LIMITS.maxRoutes);
  if (found.routes.length > simulated.length) {
    const first = found.routes[simulated.length]!;
    diagnostics.push(at(lines, first.at, 'warning', 'LOOP002', `the file has ${formatCount(found.routes.length)} routes; LoopLab simulates the first ${ANALYZE_LIMITS.maxRoutes} (a scenario's limit: ${simulated[0]!.name} to ${simulated[simulated.length - 1]!.name}), from here on they are left out`));
  }
  const routes: Route[] = [];
  for (const info of simulated) {
    const route = buildRoute(info, walker, resolver, findings, found.middlewares);
    if (capSteps(route)) diagnostics.push(at(lines, info.handler.node, 'warning', 'LOOP002', `${info.name} has more than ${formatCount(ANALYZE_LIMITS.maxStepsPerRoute)} steps; LoopLab keeps the first ${formatCount(ANALYZE_LIMITS.maxStepsPerRoute)} (a scenario's limit per route)`));
    routes.push(route);
  }
  const perRoute = Math.max(1, Math.floor(options.requestsPerRoute ?? DEFAULT_REQUESTS_PER_ROUTE));
  const warnings = loopWarnings(routes, findings, lines, routes.length * perRoute);
  diagnostics.push(...warnings);
  // A warning already says its duration is assumed.
  const warned = new Set(warnings.map((w) => `${w.target?.line}:${w.target?.column}`));
  diagnostics.push(...assumptionNotes(routes, findings, lines).filter((n) => !warned.has(`${n.line}:${n.column}`)));
  diagnostics.push(...unknownNotes(findings, lines));
  for (const ws of found.websockets) diagnostics.push(at(lines, ws, 'note', 'LOOP207', 'a websocket route: LoopLab simulates HTTP requests only, so it is left out'));
  // Before the notes are read: the executors' sizes add their own.
  const server = defaultServer(executorServer(findings));
  for (const note of findings.notes) diagnostics.push(at(lines, note.at, 'note', note.code, note.message));

  const fileName = options.fileName?.trim() || 'Python file';
  const draft: Scenario = {
    name: label(fileName).slice(0, 200),
    description: `Read from ${label(fileName)} by LoopLab's analyser: ${routes.length} route${routes.length === 1 ? '' : 's'}, ${perRoute} request${perRoute === 1 ? '' : 's'} to each at once. Durations marked assumed are guesses: edit them.`,
    server,
    routes,
    requests: routes.map((r) => ({ route: r.name, at: 0, count: perRoute, every: 0 })),
  };
  const checked = validateScenario(draft);
  if (!checked.ok) {
    // The analyser builds only valid scenarios; if it ever does not, say so rather than hand on a broken one.
    return { ok: false, message: `the scenario made from this file is not valid (an internal error in the analyser: ${checked.errors[0]?.path}: ${checked.errors[0]?.message})`, diagnostics: sortDiagnostics(diagnostics) };
  }
  return {
    ok: true,
    scenario: checked.scenario,
    diagnostics: sortDiagnostics(diagnostics),
    routes: simulated.map((r) => ({ name: r.name, line: lines.position(r.handler.node.start).line, handler: r.handler.name })),
    links: sourceLinks(routes, findings, lines),
  };
}

/** Keeps a route within the scenario's step limit; true when steps were dropped. */
function capSteps(route: Route): boolean {
  const sizes = route.steps.map((s) => [...allSteps([s])].length);
  let total = sizes.reduce((a, b) => a + b, 0);
  if (total <= ANALYZE_LIMITS.maxStepsPerRoute) return false;
  while (route.steps.length > 0 && total > ANALYZE_LIMITS.maxStepsPerRoute) {
    route.steps.pop();
    total -= sizes.pop()!;
  }
  return true;
}

function at(lines: LineIndex, span: Span, severity: Diagnostic['severity'], code: string, message: string): Diagnostic {
  const start = lines.position(span.start);
  const end = lines.position(span.end);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, severity, code, message, fixes: [] };
}

/** Every step, nested ones too. */
function* allSteps(steps: readonly AsyncStep[]): Generator<AsyncStep> {
  for (const s of steps) {
    yield s;
    if ('to_thread' in s) yield* s.to_thread;
    else if ('to_process' in s) yield* s.to_process;
    else if ('gather' in s) for (const b of s.gather) yield* allSteps(b);
  }
}

/** One note per place whose duration is a guess. */
function assumptionNotes(routes: readonly Route[], findings: Findings, lines: LineIndex): Diagnostic[] {
  const notes = new Map<string, Diagnostic>();
  for (const route of routes) {
    for (const step of allSteps(route.steps)) {
      const origin = findings.origins.get(step);
      if (!origin?.assumed || origin.source === 'default' || notes.has(`${origin.at.start}:${origin.at.end}`)) continue;
      const ms = 'cpu' in step ? step.cpu : 'blocking_io' in step ? step.blocking_io : 'await_io' in step ? step.await_io : 0;
      notes.set(`${origin.at.start}:${origin.at.end}`, at(lines, origin.at, 'note', 'LOOP201', `${origin.text}: ${formatMs(ms)} assumed (${origin.what}); edit the step to your own measurement`));
    }
  }
  return [...notes.values()];
}

/** Per function a route runs: the imported calls LoopLab does not know, taken to cost nothing. */
function unknownNotes(findings: Findings, lines: LineIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [fnObject, calls] of findings.unknownCalls) {
    const fn = fnObject as FunctionInfo;
    const shown = calls.slice(0, 3).map((c) => c.text).join(', ');
    const more = calls.length > 3 ? ` and ${calls.length - 3} more` : '';
    const name = fieldOf(fn.node, 'name') ?? fn.node;
    const risk = fn.isAsync ? ': if any of it waits for I/O, it blocks the event loop (await an async version, or make the route def)' : '';
    out.push(at(lines, name, 'note', 'LOOP202', `${fn.name} calls code LoopLab does not know (${shown}${more}), assumed to take no time${risk}`));
  }
  return out;
}

function sourceLinks(routes: readonly Route[], findings: Findings, lines: LineIndex): SourceLink[] {
  const links = new Map<string, SourceLink>();
  for (const route of routes) {
    for (const step of allSteps(route.steps)) {
      if (step.line === undefined || step.column === undefined) continue;
      const key = `${step.line}:${step.column}`;
      const via = (findings.origins.get(step)?.via ?? []).map((s) => lines.position(s.start).line);
      const link = links.get(key);
      if (link) link.via = [...new Set([...link.via, ...via])];
      else links.set(key, { line: step.line, column: step.column, via });
    }
  }
  return [...links.values()];
}
