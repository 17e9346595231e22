/**
 * Waiting for a Celery task from a route: what counts (each question to the result backend,
 * the task's own run up to the timeout) and what a note says instead of a number (the time
 * the task waits in the broker's queue, and so how many rounds a polling loop makes).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPythonParser } from '../../cli/analyze/pythonParser';
import { analyzePython } from './analyzePython';
import type { PythonParser } from './syntax';
import { describeRoutes } from './testing';

let parser: PythonParser;
beforeAll(async () => { parser = await loadPythonParser(); });

/** A Celery task `render` whose code sleeps 40 s (line 9), and one route (its body from line 12). */
function analyse(route: string, ...body: string[]) {
  const code = [
    'import asyncio', 'import time', 'from celery import Celery', 'from fastapi import FastAPI',
    'celery_app = Celery("jobs", broker="redis://redis:6379/0", backend="redis://redis:6379/1")', 'app = FastAPI()',
    '@celery_app.task', 'def render(doc_id: int) -> str:', '    time.sleep(40)',
    '@app.post("/r")', route, ...body.map((l) => `    ${l}`),
  ].join('\n');
  const result = analyzePython(code, parser);
  if (!result.ok) throw new Error(result.message);
  return { steps: describeRoutes(result.scenario).slice(1), diagnostics: result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`) };
}

describe('waiting for a Celery task', { timeout: 30_000 }, () => {
  it("counts each read of a result's state, status or result as a round trip to the result backend, in the order Python makes them", () => {
    const { steps } = analyse('async def r(task_id: str):', 'result = celery_app.AsyncResult(task_id)', 'return {"state": result.status, "url": result.result if result.successful() else None}');
    expect(steps).toEqual([
      '  blocking_io 2? @13:22 result.status',
      '  blocking_io 2? @13:61 result.successful()',
      '  blocking_io 2? @13:44 result.result',
    ]);
  });

  it("says a polling loop's rounds depend on the task's run and its wait in the queue, which the file does not say, and counts one round", () => {
    const { steps, diagnostics } = analyse('async def r(doc_id: int):', 'result = render.delay(doc_id)', 'while not result.ready():', '    await asyncio.sleep(0.5)');
    expect(steps).toEqual([
      '  blocking_io 2? @12:14 render.delay(doc_id)',
      '  blocking_io 2? @13:15 result.ready()',
      '  await_io 500 @14:9 await asyncio.sleep(0.5)',
    ]);
    expect(diagnostics).toContain("13:5 LOOP203 while not result.ready(): polls a Celery task's state until a worker has run it, as many rounds as render's run (its steps: 40,000 ms) and its wait in the broker's queue take; the file does not say how long the queue is, so one round is counted: repeat its steps in the editor for the real count");
  });

  it('waits in result.get() as long as the task runs, but no longer than the timeout the call states', () => {
    expect(analyse('def r(doc_id: int):', 'return render.delay(doc_id).get(timeout=10)').steps).toEqual([
      '  blocking_io 2? @12:12 render.delay(doc_id)',
      '  blocking_io 10000? @12:12 render.delay(doc_id).get(timeout=10)',
    ]);
    const untimed = analyse('def r(doc_id: int):', 'return render.delay(doc_id).get()');
    expect(untimed.steps[1]).toBe('  blocking_io 40000? @12:12 render.delay(doc_id).get()');
    expect(untimed.diagnostics).toContain("12:12 LOOP201 render.delay(doc_id).get(): 40,000 ms assumed (waiting for a worker to run render, as long as its code's steps; its wait in the queue is not counted); edit the step to your own measurement");
  });
});
