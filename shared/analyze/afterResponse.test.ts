/**
 * A dependency's code after `yield`: FastAPI 0.92 runs it once the response has been sent
 * (its exit stack closes in a middleware around the router), so it adds nothing to the
 * route's latency. Checked on Debian's FastAPI 0.92 / uvicorn: a dependency sleeping 500 ms
 * after its yield answered in 2–6 ms, and a `time.sleep(0.5)` there in an async dependency
 * still held a request that arrived 50 ms later for about 450 ms.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPythonParser } from '../../cli/analyze/pythonParser';
import { analyzePython } from './analyzePython';
import type { PythonParser } from './syntax';
import { describeDiagnostics, describeRoutes } from './testing';

let parser: PythonParser;
beforeAll(async () => { parser = await loadPythonParser(); });

const FILE = [
  'import asyncio', 'import time', 'from fastapi import Depends, FastAPI', 'app = FastAPI()',
  'async def session():', '    await asyncio.sleep(0.01)', '    yield 1', '    await asyncio.sleep(0.5)',
  'def db():', '    try:', '        yield 1', '    finally:', '        time.sleep(0.2)',
  'async def audit():', '    yield 1', '    time.sleep(0.3)',
  '@app.get("/a")', 'async def a(s=Depends(session), d=Depends(db)):', '    return 1',
  '@app.get("/s")', 'def s(d=Depends(db)):', '    return 1',
  '@app.get("/audited")', 'async def audited(au=Depends(audit)):', '    await asyncio.sleep(0.02)',
].join('\n');

function analyse() {
  const result = analyzePython(FILE, parser);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("a dependency's code after yield", { timeout: 30_000 }, () => {
  it('is not a step of the route: the response does not wait for it', () => {
    expect(describeRoutes(analyse().scenario)).toEqual([
      'async GET /a',
      '  await_io 10 @6:5 await asyncio.sleep(0.01)',
      '  to_thread anyio @18:35 db() (def dependency, in the thread pool)',
      '    cpu 0.1? @9:1 db()',
      'sync GET /s',
      '  cpu 1? @21:1 s()',
      'async GET /audited',
      '  await_io 20 @25:5 await asyncio.sleep(0.02)',
    ]);
  });

  it('is named at its yield with what it runs and where, in a note', () => {
    const notes = analyse().diagnostics.filter((d) => d.code === 'LOOP204');
    expect(notes.map((n) => `${n.line}:${n.column}`)).toEqual(['7:5', '11:9', '15:5']);
    expect(notes[0]!.message).toBe("session's code after yield (await asyncio.sleep(0.5), 500 ms) runs after the response is sent (FastAPI closes a dependency once the response has gone out), so the chart leaves it out: it does not delay the response, but it still runs on the event loop while other requests are served");
    expect(notes[1]!.message).toContain("db's code after yield (time.sleep(0.2), 200 ms) runs after the response is sent");
    expect(notes[1]!.message).toContain('on a worker thread (outside the 40 tokens');
  });

  it('still warns when it blocks the event loop after the response, with no fix the chart could show', () => {
    const warnings = analyse().diagnostics.filter((d) => d.severity === 'warning');
    expect(describeDiagnostics(warnings)).toEqual(['16:5 ASYNC251']);
    const warning = warnings[0];
    expect(warning!.fixes).toEqual([]);
    expect(warning!.target).toBeUndefined();
    expect(warning!.message).toBe("time.sleep(0.3) blocks the event loop 300 ms per request after the response is sent (audit's code after yield); the other 29 requests wait. Fix: await asyncio.sleep(…) instead; or await run_in_threadpool(…), so it runs on a pool thread; or make audit a def dependency (FastAPI runs it on a pool thread)");
  });
});
