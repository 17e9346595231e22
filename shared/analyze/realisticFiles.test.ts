/**
 * Realistic FastAPI files (shared/analyze/__fixtures__/, one per situation a developer meets:
 * the lessons' pitfalls, sync and async database sessions, HTTP proxies, uploads, password
 * hashing, dependencies, background tasks, routers with prefixes, half-typed code) and what
 * each must give: its routes and steps (kind, duration, `?` when assumed, line:column, the
 * source text as label) and its diagnostics (line:column and code), as realisticFiles.expected.ts
 * lists them; and what a diagnostic says in words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPythonParser } from '../../cli/analyze/pythonParser';
import type { PythonParser } from './syntax';
import { analyzePython, type AnalysisResult } from './analyzePython';
import { describeDiagnostics, describeRoutes } from './testing';
import { simulate } from '../engine/simulate';
import { parseScenario } from '../scenario/load';
import { serializeScenario } from '../scenario/serialize';
import { EXPECTED } from './realisticFiles.expected';

const FIXTURES = join(__dirname, '__fixtures__');

let parser: PythonParser;
beforeAll(async () => { parser = await loadPythonParser(); });

function analyseFixture(name: string, requestsPerRoute?: number): AnalysisResult {
  return analyzePython(readFileSync(join(FIXTURES, name), 'utf8'), parser, { fileName: name, ...(requestsPerRoute ? { requestsPerRoute } : {}) });
}

describe('realistic FastAPI files', { timeout: 30_000 }, () => {
  it('has an expectation for every fixture, and at least 30 of them', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.py')).sort();
    expect(Object.keys(EXPECTED).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(Object.keys(EXPECTED))('%s gives its routes, steps and diagnostics', (name) => {
    const expected = EXPECTED[name]!;
    const result = analyseFixture(name);
    if (expected.refused !== undefined) {
      expect(result.ok ? 'analysed' : result.message).toBe(expected.refused);
    } else {
      expect(result.ok ? describeRoutes(result.scenario) : result.message).toEqual(expected.routes);
    }
    expect(describeDiagnostics(result.diagnostics)).toEqual(expected.diagnostics);
  });

  it.each(Object.keys(EXPECTED).filter((n) => EXPECTED[n]!.routes))('%s gives a scenario that validates, saves, loads back and simulates', (name) => {
    const result = analyseFixture(name);
    if (!result.ok) throw new Error(result.message);
    const reloaded = parseScenario(serializeScenario(result.scenario));
    expect(reloaded.ok && reloaded.scenario).toEqual(result.scenario);
    const timeline = simulate(result.scenario);
    expect(timeline.requests).toHaveLength(result.scenario.routes.length * 10);
  });
});

describe('what a diagnostic says', () => {
  it('says what a blocking call costs under the default load, and the fixes, best first', () => {
    const result = analyseFixture('blocking_sleep_in_async.py');
    expect(result.diagnostics[0]).toMatchObject({
      line: 11, column: 5, severity: 'warning', code: 'ASYNC251', fixes: ['await', 'threadpool', 'def'],
      message: 'time.sleep(0.2) blocks the event loop 200 ms per request; the other 9 requests wait. Fix: await asyncio.sleep(…) instead; or await run_in_threadpool(…), so it runs on a pool thread; or make the route def (FastAPI runs it on a pool thread)',
      target: { route: 'GET /report', line: 11, column: 5 },
    });
  });

  it("says an aiosqlite call runs on its connection's own thread, not a pool's", () => {
    const result = analyseFixture('aiosqlite_connection_dependency.py');
    expect(result.diagnostics.find((d) => d.line === 18)!.message).toBe('await db.execute("SELECT id, body FROM notes ORDER BY id DESC LIMIT 50"): 2 ms assumed (a SQLite call (a local file) on the connection\'s own thread (aiosqlite starts one per connection: no pool, so no wait for a thread)); edit the step to your own measurement');
  });

  it('counts the other requests from the load it was given', () => {
    const result = analyseFixture('blocking_sleep_in_async.py', 3);
    expect(result.diagnostics[0]!.message).toContain('200 ms per request; the other 2 requests wait');
  });

  it('counts every request of the scenario as waiting, whatever its route, and a call made n times as n times its cost', () => {
    const code = [
      'import time', 'from fastapi import FastAPI', 'app = FastAPI()',
      'def audit():', '    for _ in range(3):', '        time.sleep(0.01)',
      '@app.get("/a")', 'async def a():', '    audit()',
      '@app.get("/b")', 'async def b():', '    audit()',
      '@app.get("/c")', 'def c():', '    return 1',
    ].join('\n');
    const result = analyzePython(code, parser, { fileName: 'audit.py' });
    expect(result.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.line} ${d.message.split('. Fix:')[0]}`)).toEqual([
      '9 audit() blocks the event loop: it calls time.sleep(0.01) (line 6) 3 times, 30 ms per request (10 ms each); the other 29 requests wait',
      '12 audit() blocks the event loop: it calls time.sleep(0.01) (line 6) 3 times, 30 ms per request (10 ms each); the other 29 requests wait',
    ]);
  });

  it('gives each call of a chain its own cost, and a repeated call its count and total', () => {
    const result = analyseFixture('integrations_blocking_in_async.py', 8);
    const said = (line: number) => result.diagnostics.filter((d) => d.line === line && d.severity === 'warning').map((d) => d.message.split('; the other')[0]);
    expect(said(50)).toEqual([
      'open("config.json") blocks the event loop 0.5 ms per request (assumed: a file-system call (stat, open, listdir))',
      'open("config.json").read() blocks the event loop 5 ms per request (assumed: reading or writing a file)',
    ]);
    expect(said(34)).toEqual(['requests.post("https://billing.internal/events", json=event, timeout=2) blocks the event loop 3 times, 300 ms per request (assumed: 100 ms each, an HTTP request to another service)']);
  });

  it("lists the methods of a library's client it does not know as unknown code, and not the methods of the app's own models", () => {
    const code = [
      'from minio import Minio', 'from fastapi import FastAPI', 'from .schemas import Item', 'app = FastAPI()',
      'storage = Minio("s3.internal:9000", access_key="k", secret_key="s")',
      '@app.post("/items")', 'async def put_item(name: str):', '    item = Item(name=name)',
      '    storage.put_object("items", name, data=item.model_dump_json(), length=-1)', '    return item.model_dump()',
    ].join('\n');
    const result = analyzePython(code, parser, { fileName: 'items.py' });
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message.split(', assumed')[0]}`)).toEqual([
      '7:11 LOOP202 put_item calls code LoopLab does not know (storage.put_object("items", name, data=item.model_dump_json(), length=-1))',
    ]);
  });

  it('says a blocking call in HTTP middleware blocks every route, and offers no def fix (middleware stays on the loop)', () => {
    const result = analyseFixture('middleware_and_app_dependencies.py');
    const warning = result.diagnostics.find((d) => d.code === 'ASYNC210')!;
    expect(warning).toMatchObject({ line: 51, column: 5, fixes: ['await', 'threadpool'] });
    expect(warning.message).toContain('the other 19 requests wait (in HTTP middleware ship_logs, around every route). Fix: use httpx.AsyncClient and await it; or await run_in_threadpool(…)');
  });

  it('reads pure ASGI middleware like HTTP middleware: added, listed in FastAPI(middleware=…) or wrapped round the app, its blocking calls block every route, on the HTTP side of its scope test', () => {
    const result = analyseFixture('asgi_middleware.py');
    const warning = result.diagnostics.find((d) => d.code === 'ASYNC210')!;
    expect(warning).toMatchObject({ line: 41, column: 23, fixes: ['await', 'threadpool'] });
    expect(warning.message).toContain('(in ASGI middleware GeoMiddleware, around every route)');
    // Outermost first: wrapped round the app, then add_middleware's, then FastAPI(middleware=[…])'s.
    const steps = result.ok ? describeRoutes(result.scenario) : [];
    expect(steps.slice(0, 3)).toEqual([
      'async GET /products',
      '  blocking_io 100? @41:23 requests.get(f"{self.service}/{client_ip}", timeout=1)',
      '  blocking_io 2? @52:27 tenants.get(f"tenant:{host}")',
    ]);
  });

  it("leaves a pure ASGI middleware's code after self.app(…) out of the route, since it runs after the response is sent, and still warns that it blocks the loop", () => {
    const result = analyseFixture('asgi_middleware.py');
    // Read on the HTTP side: the audit insert after the handler, not the non-HTTP pass-through above it.
    const note = result.diagnostics.find((d) => d.code === 'LOOP204')!;
    expect(note).toMatchObject({ line: 26, column: 14 });
    expect(note.message).toContain("ASGI middleware AuditMiddleware's code after await self.app(…) (sqlite3.connect(AUDIT_DB), db.execute(");
    expect(note.message).toContain('4 ms) runs after the response is sent');
    const warning = result.diagnostics.find((d) => d.line === 26 && d.code === 'LOOP102')!;
    expect(warning.fixes).toEqual([]);
    expect(warning.message).toBe('sqlite3.connect(AUDIT_DB) blocks the event loop 2 ms per request (assumed: a SQLite call (a local file)) after the response is sent (code after await self.app(…)); the other 19 requests wait (in ASGI middleware AuditMiddleware, around every route). Fix: use aiosqlite and await it; or await run_in_threadpool(…), so it runs on a pool thread');
  });

  it('says waiting for a Celery result blocks the loop as long as the task the file defines, and queuing it is a broker round trip', () => {
    const result = analyseFixture('celery_background_jobs.py');
    const [send, wait] = ['45:14', '46:11'].map((at) => result.diagnostics.find((d) => `${d.line}:${d.column}` === at && d.severity === 'warning')!);
    expect(send!.message).toContain("blocks the event loop 2 ms per request (assumed: sending a task to a queue (Celery's broker))");
    expect(wait!.message).toContain('result.get(timeout=30) blocks the event loop 5,000 ms per request (assumed: waiting for a worker to run build_report, as long as its code\'s steps; its wait in the queue is not counted)');
  });

  it('repeats a loop over a list written out as many times as it has items, and says it cannot count a list the route grows', () => {
    const code = [
      'import asyncio', 'from fastapi import FastAPI', 'app = FastAPI()', '@app.get("/a")', 'async def a():',
      '    items = []', '    for x in range(3):', '        items.append(x)', '    for i in items:', '        await asyncio.sleep(0.01)',
      '    for d in (0.1, 0.2):', '        await asyncio.sleep(d)',
    ].join('\n');
    const result = analyzePython(code, parser);
    expect(result.ok && describeRoutes(result.scenario)).toEqual(['async GET /a', '  await_io 10 @10:9 await asyncio.sleep(0.01)', '  await_io 100? @12:9 await asyncio.sleep(d)', '  await_io 100? @12:9 await asyncio.sleep(d)']);
    expect(describeDiagnostics(result.diagnostics)).toEqual(['9:5 LOOP203', '12:9 LOOP201']);
  });

  it('says in how many routes a place blocks the loop when several reach it', () => {
    const code = 'import time\nfrom fastapi import FastAPI\napp = FastAPI()\ndef slow():\n    time.sleep(0.2)\n' +
      ['a', 'b'].map((n) => `@app.get("/${n}")\nasync def ${n}():\n    return slow()\n`).join('');
    // Each route's call site is its own place; the helper's sleep behind them is one step per route.
    const result = analyzePython(code, parser);
    expect(result.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.line)).toEqual([8, 11]);
    const direct = analyzePython('import time\nfrom fastapi import FastAPI\napp = FastAPI()\n@app.api_route("/x", methods=["GET"])\n@app.api_route("/y", methods=["GET"])\nasync def xy():\n    time.sleep(0.2)\n', parser);
    expect(direct.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^time\.sleep\(0\.2\) blocks the event loop 200 ms per request; the other 19 requests wait \(in 2 routes\)\. Fix:/)]);
  });

  it('points at the line in the route that leads to a blocking call in a helper, and names the helper\'s line', () => {
    const result = analyseFixture('psycopg2_helper_in_async.py');
    expect(result.diagnostics[0]).toMatchObject({ line: 20, column: 11, code: 'LOOP102', target: { line: 12, column: 13 } });
    expect(result.diagnostics[0]!.message).toMatch(/^fetch_order\(order_id\) blocks the event loop: it calls cur\.execute\("SELECT \* FROM orders WHERE id = %s", \(order_id,\)\) \(line 12\), 20 ms per request \(assumed: a database query\)/);
    expect(result.diagnostics[0]!.message).toContain('Fix: use asyncpg and await it');
  });

  it('offers a process pool, not an async library, for computation on the loop', () => {
    const result = analyseFixture('password_hashing_passlib.py');
    expect(result.diagnostics[0]).toMatchObject({ code: 'LOOP101', fixes: ['process', 'def'] });
    expect(result.diagnostics[0]!.message).toMatch(/computes on the event loop for 250 ms per request \(assumed: a bcrypt password hash/);
  });

  it('says where a syntax error is and keeps the routes around it', () => {
    const result = analyseFixture('half_typed_unclosed.py');
    expect(result.ok && result.scenario.routes.map((r) => r.name)).toEqual(['GET /first', 'GET /second', 'GET /third']);
    // At the bracket never closed, where Python puts it, not at the end of the line above where tree-sitter's reading broke.
    expect(result.diagnostics.find((d) => d.severity === 'error')).toMatchObject({ line: 15, column: 19, code: 'LOOP001' });
    expect(result.diagnostics.find((d) => d.severity === 'error')!.message).toMatch(/^syntax error: "\(" is never closed in "data = compute\(1, 2"; LoopLab cannot read lines 14–18/);
  });

  it('marks assumed durations, and not the ones the code states', () => {
    const result = analyseFixture('snippet_without_imports.py');
    if (!result.ok) throw new Error(result.message);
    expect(result.scenario.routes[0]!.steps).toEqual([
      { blocking_io: 1500, label: 'time.sleep(1.5)', line: 3, column: 5 },
      { blocking_io: 100, label: 'requests.get("https://example.com")', line: 4, column: 12, assumed: true },
    ]);
  });

  it('links each step to the lines of the calls that lead to it', () => {
    const result = analyseFixture('psycopg2_helper_in_async.py');
    expect(result.ok && result.links).toEqual([{ line: 12, column: 13, via: [20] }]);
  });
});
