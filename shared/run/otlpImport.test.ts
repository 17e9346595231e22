/**
 * The trace import, on fixtures written by the OpenTelemetry JS SDK's own OTLP JSON serializer
 * (scripts/otlpFixtures.ts), so that they follow the real format.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otlpFixtures } from '../../scripts/otlpFixtures';
import { simulate } from '../engine/simulate';
import { formatError } from '../scenario/errors';
import { compareRun } from './compareRun';
import { validateRun } from './loadRun';
import { bindAnalysedRoutes, importOtlp, looksLikeOtlp } from './otlpImport';

const fixture = (name: string) => readFileSync(join(__dirname, '__fixtures__', name), 'utf8');
const problems = (text: string) => {
  const r = importOtlp(text, 't.jsonl');
  return r.ok ? [] : r.errors.map(formatError);
};
const shopLine = () => fixture('shop.otlp.jsonl').split('\n')[0]!;
/** Server spans and all spans in the fixture's first line (one batch of the exporter). */
const serverSpans = (line: string) => line.match(/"kind":2/g)?.length ?? 0;
const allSpans = (line: string) => line.match(/"kind":\d/g)?.length ?? 0;

describe('importing OpenTelemetry spans (OTLP JSON Lines)', () => {
  it('reads fixtures that scripts/otlpFixtures.ts still writes the same way (ids aside)', () => {
    const masked = (text: string) => text.replace(/"(traceId|spanId)":"[0-9a-f]+"/g, '"$1":"…"');
    for (const [name, text] of Object.entries(otlpFixtures())) expect(masked(fixture(name)), name).toBe(masked(text));
  });

  it('makes one request per server span, in order of arrival, with its route, arrival and latency', () => {
    const text = fixture('shop.otlp.jsonl');
    expect(looksLikeOtlp(text)).toBe(true);
    const r = importOtlp(text, 'shop.otlp.jsonl');
    if (!r.ok) throw new Error(r.errors.map(formatError).join('\n'));
    const { run } = r;
    expect(run.source).toBe('otlp');
    expect(run.environment).toMatchObject({ service: 'shop', telemetry_sdk: 'opentelemetry python 1.39.0' });
    expect(run.requests).toHaveLength(13); // the 13 "http send" child spans are left out
    expect(run.requests.slice(0, 4).map((q) => [q.route, q.at, q.latency_ms])).toEqual([
      ['GET /items/{item_id}', 0, 12], ['GET /report', 5, 210], ['GET /items/{item_id}', 20, 13], ['GET /items/{item_id}', 40, 14],
    ]);
    expect(run.requests.find((q) => q.route === 'POST /items')).toMatchObject({ at: 150, latency_ms: 30, latency_runs: [30] });
    expect(r.notes).toEqual(["13 spans that are not a request's server span were left out"]);
    expect(validateRun(run).ok).toBe(true);
  });

  it('builds a scenario skeleton: real arrivals, each route a placeholder as long as its median', () => {
    const r = importOtlp(fixture('shop.otlp.jsonl'), 'shop.otlp.jsonl');
    if (!r.ok) throw new Error('did not import');
    const { scenario } = r.run;
    expect(scenario.name).toBe('shop: shop.otlp.jsonl');
    expect(scenario.routes).toEqual([
      { name: 'GET /items/{item_id}', kind: 'async', steps: [{ await_io: 13, label: 'measured p50 13 ms: replace with what the route does' }] },
      { name: 'GET /report', kind: 'async', steps: [{ await_io: 220, label: 'measured p50 220 ms: replace with what the route does' }] },
      { name: 'POST /items', kind: 'async', steps: [{ await_io: 30, label: 'measured p50 30 ms: replace with what the route does' }] },
    ]);
    expect(scenario.requests).toHaveLength(13);
    // Simulated as it stands, every request is its route's median: the ones off the median by more than the band stand out.
    const { requests } = simulate(scenario, { segments: false });
    const c = compareRun(r.run, { count: requests.length, arrival: (i) => requests[i]!.arrival, end: (i) => requests[i]!.end });
    expect([c.agreeing, c.total]).toEqual([13, 13]);
  });

  it('reads the older attributes (http.method, http.status_code) and says how many requests failed', () => {
    const r = importOtlp(fixture('legacy.otlp.jsonl'), 'legacy.otlp.jsonl');
    if (!r.ok) throw new Error('did not import');
    expect(r.run.requests.map((q) => q.route)).toEqual(['GET /health', 'GET /orders/{order_id}', 'GET /orders/{order_id}']);
    expect(r.notes).toContain('1 request was answered with a server error (5xx): its latency is kept');
  });

  it('reads int64 values written as decimal strings and kinds written as names', () => {
    const line = shopLine().replace(/"intValue":(\d+)/g, '"intValue":"$1"').replace(/"kind":2/g, '"kind":"SPAN_KIND_SERVER"');
    const r = importOtlp(line, 't.jsonl');
    expect(serverSpans(shopLine())).toBeGreaterThan(1);
    expect(r.ok && r.run.requests.length).toBe(serverSpans(shopLine()));
  });

  it('names the line and the JSON path of each problem', () => {
    expect(problems(`${shopLine()}\n{"resourceSpans": [}`)).toEqual([expect.stringMatching(/^line 2: not JSON: /)]);
    expect(problems('{"spans": []}')).toEqual([expect.stringMatching(/^line 1 › resourceSpans: .*an OTLP TracesData/)]);
    const badTime = shopLine().replace('"startTimeUnixNano":"1767607200000000000"', '"startTimeUnixNano":"soon"');
    expect(problems(badTime)).toEqual(['line 1 › resourceSpans[0].scopeSpans[0].spans[1].startTimeUnixNano: must be nanoseconds since 1970 as a decimal string, e.g. "1767607200000000000"']);
    const backwards = shopLine().replace('"endTimeUnixNano":"1767607200012000000"', '"endTimeUnixNano":"1767607100000000000"');
    expect(problems(backwards)).toEqual(['line 1 › resourceSpans[0].scopeSpans[0].spans[1].endTimeUnixNano: is before startTimeUnixNano: a span cannot end before it starts']);
  });

  it('says why there is nothing to compare with', () => {
    const line = shopLine();
    expect(problems(line.replace(/"kind":2/g, '"kind":1'))).toEqual([expect.stringMatching(new RegExp(`^no request to compare with: it has no server spans \\(kind 2\\), only ${allSpans(line)} other spans`))]);
    expect(problems(line.replace(/"key":"http\.route"/g, '"key":"route"'))).toEqual([expect.stringMatching(new RegExp(`^no request to compare with: its ${serverSpans(line)} server spans have no http\\.route attribute`))]);
  });

  it('binds routes to an analysed file by name, keeping placeholders for the others', () => {
    const r = importOtlp(fixture('shop.otlp.jsonl'), 'shop.otlp.jsonl');
    if (!r.ok) throw new Error('did not import');
    const analysed = { ...r.run.scenario, routes: [{ name: 'GET /report', kind: 'sync' as const, steps: [{ blocking_io: 200, label: 'requests.get(...)' }] }] };
    const bound = bindAnalysedRoutes(r.run.scenario, analysed);
    expect(bound.bound).toEqual(['GET /report']);
    expect(bound.unbound).toEqual(['GET /items/{item_id}', 'POST /items']);
    expect(bound.scenario.routes[1]).toEqual({ name: 'GET /report', kind: 'sync', steps: [{ blocking_io: 200, label: 'requests.get(...)' }] });
    expect(bound.scenario.routes[0]).toEqual(r.run.scenario.routes[0]);
  });
});
