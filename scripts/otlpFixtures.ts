/**
 * Writes the OpenTelemetry fixtures of the trace import (shared/run/__fixtures__/*.jsonl) with
 * the OpenTelemetry JS SDK and its own OTLP JSON serializer, so that they are in the real
 * format: one TracesData (an export request's JSON) per line, as the OTLP file exporter
 * writes it. Spans look like opentelemetry-instrumentation-fastapi's: a SERVER span per request
 * named "GET /items/{item_id}" with http.route, and the ASGI "http send" child spans.
 *
 *   npx tsx scripts/otlpFixtures.ts        # rewrites the fixtures
 *
 * Trace and span ids are random; everything else is the same on every run (the import test
 * regenerates the files and compares them with their ids masked).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SpanKind, SpanStatusCode, type Attributes } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';

const OUT = fileURLToPath(new URL('../shared/run/__fixtures__/', import.meta.url));
/** 2026-01-05 10:00:00 UTC, in ms: spans get absolute times, as a real trace does. */
const T0 = Date.UTC(2026, 0, 5, 10, 0, 0);

interface Request {
  route: string;
  method?: string;
  /** ms after T0. */
  at: number;
  ms: number;
  status?: number;
  /** Old semantic conventions (http.method, http.status_code), as instrumentations before 0.48b0 write. */
  legacy?: boolean;
}

/** The spans of `requests`, exported in batches of `batch` (one line each), as the file exporter does. */
function traces(service: string, requests: readonly Request[], batch: number): string {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service, 'telemetry.sdk.language': 'python', 'telemetry.sdk.name': 'opentelemetry', 'telemetry.sdk.version': '1.39.0' }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('opentelemetry.instrumentation.fastapi', '0.60b0');
  for (const r of requests) {
    const method = r.method ?? 'GET';
    const status = r.status ?? 200;
    const attributes: Attributes = r.legacy
      ? { 'http.method': method, 'http.route': r.route, 'http.status_code': status, 'http.scheme': 'http', 'net.host.port': 8000 }
      : { 'http.request.method': method, 'http.route': r.route, 'http.response.status_code': status, 'url.scheme': 'http', 'server.port': 8000 };
    const start = T0 + r.at;
    const span = tracer.startSpan(`${method} ${r.route}`, { kind: SpanKind.SERVER, startTime: start, attributes });
    if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    // The ASGI middleware's own child span, which the import must ignore.
    const send = tracer.startSpan(`${method} ${r.route} http send`, { kind: SpanKind.INTERNAL, startTime: start + r.ms - 0.2, attributes: { 'asgi.event.type': 'http.response.start' } });
    send.end(start + r.ms - 0.1);
    span.end(start + r.ms);
  }
  const spans = exporter.getFinishedSpans();
  const lines: string[] = [];
  for (let i = 0; i < spans.length; i += batch) {
    lines.push(new TextDecoder().decode(JsonTraceSerializer.serializeRequest(spans.slice(i, i + batch))));
  }
  return `${lines.join('\n')}\n`;
}

/** Each fixture's file name and text. */
export function otlpFixtures(): Record<string, string> {
// A shop: a quick item lookup every 20 ms, and a slow report twice (its p50 is what a scenario starts from).
const shop: Request[] = [];
for (let i = 0; i < 10; i++) shop.push({ route: '/items/{item_id}', at: i * 20, ms: 12 + (i % 3) });
shop.push({ route: '/report', at: 5, ms: 210 }, { route: '/report', at: 105, ms: 230 });
shop.push({ route: '/items', method: 'POST', at: 150, ms: 30, status: 201 });
const files: Record<string, string> = { 'shop.otlp.jsonl': traces('shop', shop.sort((a, b) => a.at - b.at), 5) };

// Older instrumentation (http.method, http.status_code) and a failed request.
const legacy: Request[] = [
  { route: '/health', at: 0, ms: 1.5, legacy: true },
  { route: '/orders/{order_id}', at: 10, ms: 80, legacy: true },
  { route: '/orders/{order_id}', at: 12, ms: 95, legacy: true, status: 500 },
];
files['legacy.otlp.jsonl'] = traces('orders', legacy, 10);
return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, text] of Object.entries(otlpFixtures())) {
    writeFileSync(join(OUT, name), text);
    console.log(`wrote ${join(OUT, name)}`);
  }
}
