/**
 * Work handed to a pool the code then waits on (offloading.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPythonParser } from '../../cli/analyze/pythonParser';
import { analyzePython } from './analyzePython';
import type { PythonParser } from './syntax';
import { describeDiagnostics, describeRoutes } from './testing';

let parser: PythonParser;
beforeAll(async () => { parser = await loadPythonParser(); });

describe("a ThreadPoolExecutor's map or submit", { timeout: 30_000 }, () => {
  it('blocks the code that waits for it as long as the function it runs, items side by side, and warns in an async route', () => {
    const code = [
      'from concurrent.futures import ThreadPoolExecutor', 'import requests', 'from fastapi import FastAPI', 'app = FastAPI()',
      'def fetch(u):', '    return requests.get(u).json()',
      '@app.get("/a")', 'async def a():', '    with ThreadPoolExecutor(max_workers=4) as ex:', '        return list(ex.map(fetch, ["a", "b", "c"]))',
      '@app.get("/b")', 'def b():', '    with ThreadPoolExecutor() as ex:', '        return ex.submit(fetch, "a").result()',
    ].join('\n');
    const result = analyzePython(code, parser);
    if (!result.ok) throw new Error(result.message);
    expect(describeRoutes(result.scenario)).toEqual([
      'async GET /a',
      '  blocking_io 100? @10:21 ex.map(fetch, ["a", "b", "c"])',
      'sync GET /b',
      '  blocking_io 100? @14:16 ex.submit(fetch, "a")',
    ]);
    expect(describeDiagnostics(result.diagnostics.filter((d) => d.severity === 'warning'))).toEqual(['10:21 LOOP102']);
    expect(result.diagnostics.find((d) => d.code === 'LOOP102')!.message).toBe('ex.map(fetch, ["a", "b", "c"]) blocks the event loop 100 ms per request (assumed: waiting for the pool\'s threads to run fetch, as long as one run of its steps: the items are taken to run side by side); the other 19 requests wait. Fix: await run_in_threadpool(…), so it runs on a pool thread; or make the route def (FastAPI runs it on a pool thread)');
  });
});
