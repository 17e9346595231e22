/**
 * A real app's traces → a run to compare with: OpenTelemetry spans as OTLP JSON Lines (the
 * file exporter's format, one TracesData per line; ids hex, `kind` an integer, int64 values
 * decimal strings or numbers), as opentelemetry-instrumentation-fastapi records them: one
 * SERVER span (kind 2) per request with `http.route`, `startTimeUnixNano`, `endTimeUnixNano`
 * and `http.request.method` (or the older `http.method`).
 *
 * Each server span becomes one request, in order of arrival: its route (method and route
 * template, "GET /items/{item_id}", as the Python analyser names routes), its arrival (ms
 * from the first span's start) and its latency. The scenario is a skeleton: the arrivals are
 * real, and each route's steps are a placeholder (an awaited wait as long as its measured
 * median) to be replaced with what the route does, by hand or from an analysed file
 * (bindAnalysedRoutes). Every problem names its line and JSON path; nothing here throws.
 */
import * as z from 'zod/mini';
import { checkJsonText } from '../scenario/jsonText';
import { formatPath, type PathPart, type ScenarioError } from '../scenario/errors';
import { LIMITS, formatCount } from '../scenario/limits';
import { defaultServer, type Route, type Scenario } from '../scenario/types';
import { median } from './loadRun';
import { RUN_LIMITS } from './runLimits';
import { RUN_FORMAT, RUN_VERSION, type RunFile } from './runFile';

export interface ServerSpan {
  /** "GET /items/{item_id}": the method and the route template. */
  route: string;
  startNs: bigint;
  endNs: bigint;
  status: number | null;
}

export type OtlpImport =
  | { ok: true; run: RunFile; notes: string[] }
  | { ok: false; errors: ScenarioError[] };

const SERVER = 2;
const nanos = z.union([z.string().check(z.regex(/^\d{1,20}$/)), z.number().check(z.int(), z.gte(0))]);
const anyValue = z.looseObject({
  stringValue: z.optional(z.string()),
  intValue: z.optional(z.union([z.string().check(z.regex(/^-?\d+$/)), z.number().check(z.int())])),
});
const attribute = z.looseObject({ key: z.string(), value: z.optional(anyValue) });
const span = z.looseObject({
  name: z.optional(z.string()),
  kind: z.optional(z.union([z.number().check(z.int()), z.string()])),
  startTimeUnixNano: nanos,
  endTimeUnixNano: nanos,
  attributes: z.optional(z.array(attribute)),
});
const tracesData = z.looseObject({
  resourceSpans: z.array(z.looseObject({
    resource: z.optional(z.looseObject({ attributes: z.optional(z.array(attribute)) })),
    scopeSpans: z.optional(z.array(z.looseObject({ spans: z.optional(z.array(z.unknown())) }))),
  }), { error: (iss) => (iss.input === undefined ? 'is missing' : 'must be a list') }),
});

/** Whether `text` looks like OTLP JSON Lines rather than a RUN.json (cheap: its first bytes). */
export function looksLikeOtlp(text: string): boolean {
  return /^\s*\{\s*"resourceSpans"\s*:/.test(text.slice(0, 200));
}

function attrs(list: readonly z.infer<typeof attribute>[] | undefined): Map<string, string | number> {
  const out = new Map<string, string | number>();
  for (const a of list ?? []) {
    const v = a.value;
    if (v?.stringValue !== undefined) out.set(a.key, v.stringValue);
    else if (v?.intValue !== undefined) out.set(a.key, Number(v.intValue));
  }
  return out;
}

const isServer = (kind: number | string | undefined) => kind === SERVER || kind === 'SPAN_KIND_SERVER';

interface Parsed {
  spans: ServerSpan[];
  service: string | null;
  sdk: string | null;
  otherSpans: number;
  serverWithoutRoute: number;
}

export function parseOtlpJsonLines(text: string): { ok: true; parsed: Parsed } | { ok: false; errors: ScenarioError[] } {
  const errors: ScenarioError[] = [];
  const fail = (line: number, path: readonly PathPart[], message: string) => {
    if (errors.length < LIMITS.maxErrorsReported) errors.push({ path: `line ${line}${path.length ? ` › ${formatPath(path)}` : ''}`, message });
  };
  if (text.length > RUN_LIMITS.maxOtlpChars) {
    return { ok: false, errors: [{ path: '', message: `the file is ${formatCount(text.length)} characters, more than the limit of ${formatCount(RUN_LIMITS.maxOtlpChars)} (64 MB) for a trace` }] };
  }
  const lines = text.split('\n');
  if (lines.length > RUN_LIMITS.maxOtlpLines + 1) {
    return { ok: false, errors: [{ path: '', message: `the file has ${formatCount(lines.length)} lines, more than the limit of ${formatCount(RUN_LIMITS.maxOtlpLines)} (one TracesData per line)` }] };
  }
  const parsed: Parsed = { spans: [], service: null, sdk: null, otherSpans: 0, serverWithoutRoute: 0 };
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const syntax = checkJsonText(raw, LIMITS.maxJsonDepth);
    if (!syntax.ok) { fail(line, [], `not JSON: ${syntax.error.message} (each line must be one TracesData object, as the OTLP file exporter writes)`); return; }
    const data = tracesData.safeParse(JSON.parse(raw));
    if (!data.success) {
      const issue = data.error.issues[0]!;
      fail(line, issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), issue.path[0] === 'resourceSpans' || issue.path.length > 0
        ? `${issue.message} (an OTLP TracesData: {"resourceSpans": [{"resource": …, "scopeSpans": [{"spans": […]}]}]})`
        : 'must be a TracesData object: {"resourceSpans": […]}');
      return;
    }
    data.data.resourceSpans.forEach((rs, r) => {
      const resource = attrs(rs.resource?.attributes);
      parsed.service ??= (resource.get('service.name') as string | undefined) ?? null;
      const sdk = [resource.get('telemetry.sdk.name'), resource.get('telemetry.sdk.language'), resource.get('telemetry.sdk.version')].filter((x) => x !== undefined).join(' ');
      parsed.sdk ??= sdk || null;
      (rs.scopeSpans ?? []).forEach((ss, s) => {
        (ss.spans ?? []).forEach((value, k) => {
          const path: PathPart[] = ['resourceSpans', r, 'scopeSpans', s, 'spans', k];
          const one = span.safeParse(value);
          if (!one.success) {
            const issue = one.error.issues[0]!;
            const at = [...path, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
            const last = String(issue.path[issue.path.length - 1] ?? '');
            fail(line, at, last.endsWith('UnixNano') ? 'must be nanoseconds since 1970 as a decimal string, e.g. "1767607200000000000"' : issue.message);
            return;
          }
          if (!isServer(one.data.kind)) { parsed.otherSpans++; return; }
          const a = attrs(one.data.attributes);
          const route = a.get('http.route');
          if (typeof route !== 'string' || route === '') { parsed.serverWithoutRoute++; return; }
          const method = a.get('http.request.method') ?? a.get('http.method') ?? 'GET';
          const startNs = BigInt(one.data.startTimeUnixNano);
          const endNs = BigInt(one.data.endTimeUnixNano);
          if (endNs < startNs) { fail(line, [...path, 'endTimeUnixNano'], 'is before startTimeUnixNano: a span cannot end before it starts'); return; }
          const status = a.get('http.response.status_code') ?? a.get('http.status_code');
          parsed.spans.push({ route: `${String(method)} ${route}`, startNs, endNs, status: typeof status === 'number' ? status : null });
        });
      });
    });
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, parsed };
}

const ms = (ns: bigint) => Math.round(Number(ns) / 1e3) / 1e3; // ns → ms, to the µs

/** The spans as a run of a scenario skeleton (see the file comment). */
export function importOtlp(text: string, fileName: string): OtlpImport {
  const result = parseOtlpJsonLines(text);
  if (!result.ok) return result;
  const { spans: all, service, sdk, otherSpans, serverWithoutRoute } = result.parsed;
  if (all.length === 0) {
    const why = serverWithoutRoute > 0
      ? `its ${formatCount(serverWithoutRoute)} server spans have no http.route attribute`
      : `it has no server spans (kind 2)${otherSpans > 0 ? `, only ${formatCount(otherSpans)} other spans` : ''}`;
    return { ok: false, errors: [{ path: '', message: `no request to compare with: ${why}. Record the app with opentelemetry-instrumentation-fastapi, whose server spans carry http.route` }] };
  }
  const notes: string[] = [];
  const sorted = [...all].sort((a, b) => (a.startNs < b.startNs ? -1 : a.startNs > b.startNs ? 1 : 0));
  const first = sorted[0]!.startNs;
  let spans = sorted.filter((s) => ms(s.startNs - first) <= LIMITS.maxTimeMs && ms(s.endNs - s.startNs) <= LIMITS.maxTimeMs);
  if (spans.length < sorted.length) notes.push(`${formatCount(sorted.length - spans.length)} spans more than an hour after the first (or longer than an hour) were left out`);
  if (spans.length > RUN_LIMITS.maxRequests) {
    notes.push(`the first ${formatCount(RUN_LIMITS.maxRequests)} of ${formatCount(spans.length)} requests were kept (the limit of a run)`);
    spans = spans.slice(0, RUN_LIMITS.maxRequests);
  }
  const failed = spans.filter((s) => s.status !== null && s.status >= 500).length;
  if (failed > 0) notes.push(`${formatCount(failed)} request${failed === 1 ? ' was' : 's were'} answered with a server error (5xx): ${failed === 1 ? 'its latency is' : 'their latencies are'} kept`);
  if (otherSpans + serverWithoutRoute > 0) notes.push(`${formatCount(otherSpans + serverWithoutRoute)} spans that are not a request's server span were left out`);

  const latencies = new Map<string, number[]>();
  for (const s of spans) {
    const list = latencies.get(s.route) ?? [];
    list.push(ms(s.endNs - s.startNs));
    latencies.set(s.route, list);
  }
  const routes: Route[] = [...latencies].map(([name, values]) => {
    const p50 = Math.round(median(values) * 1000) / 1000;
    return { name: name.slice(0, LIMITS.maxNameChars), kind: 'async', steps: [{ await_io: p50, label: `measured p50 ${p50} ms: replace with what the route does` }] };
  });
  const about = `${formatCount(spans.length)} request${spans.length === 1 ? '' : 's'} to ${routes.length} route${routes.length === 1 ? '' : 's'}${service ? ` of ${service}` : ''}, from the OpenTelemetry trace ${fileName}`;
  const scenario: Scenario = {
    name: `${service ?? 'traced app'}: ${fileName}`.slice(0, LIMITS.maxNameChars),
    description: `${about}. The arrivals are real; each route's step is a placeholder as long as its measured median: replace it with what the route does.`.slice(0, LIMITS.maxDescriptionChars),
    server: defaultServer(),
    routes,
    requests: spans.map((s) => ({ route: s.route.slice(0, LIMITS.maxNameChars), at: ms(s.startNs - first) })),
  };
  const run: RunFile = {
    format: RUN_FORMAT,
    version: RUN_VERSION,
    source: 'otlp',
    measured_at: new Date(Number(first / 1_000_000n)).toISOString(),
    scenario,
    environment: { service: service?.slice(0, 200) ?? null, telemetry_sdk: sdk?.slice(0, 200) ?? null, cores: null },
    repeats: 1,
    requests: spans.map((s, id) => {
      const latency = ms(s.endNs - s.startNs);
      return { id, route: s.route.slice(0, LIMITS.maxNameChars), at: ms(s.startNs - first), latency_ms: latency, latency_runs: [latency] };
    }),
  };
  return { ok: true, run, notes };
}

/**
 * The skeleton with the routes an analysed file has (same name, "GET /items/{item_id}")
 * taking that file's steps and kind; the others keep their placeholder.
 */
export function bindAnalysedRoutes(skeleton: Scenario, analysed: Scenario): { scenario: Scenario; bound: string[]; unbound: string[] } {
  const byName = new Map(analysed.routes.map((r) => [r.name, r]));
  const bound: string[] = [];
  const unbound: string[] = [];
  const routes = skeleton.routes.map((r) => {
    const match = byName.get(r.name);
    if (!match) { unbound.push(r.name); return r; }
    bound.push(r.name);
    return { ...r, kind: match.kind, steps: match.steps };
  });
  return { scenario: { ...skeleton, routes }, bound, unbound };
}
