/**
 * Test support: a scenario's routes and an analysis's diagnostics as short lines, so a test
 * states what a file should give in a form a reader can check against the Python.
 *
 *   async GET /report
 *     blocking_io 200 @11:5 time.sleep(0.2)
 *     await_io 100? @14:16 await client.get(url)      (? marks an assumed duration)
 */
import type { AsyncStep, Scenario } from '../scenario/types';
import type { Diagnostic } from './diagnostics';

export function describeRoutes(scenario: Scenario): string[] {
  const out: string[] = [];
  for (const route of scenario.routes) {
    out.push(`${route.kind} ${route.name}`);
    describeSteps(route.steps, '  ', out);
  }
  return out;
}

function describeSteps(steps: readonly AsyncStep[], indent: string, out: string[]): void {
  for (const s of steps) {
    const at = s.line !== undefined ? ` @${s.line}:${s.column}` : '';
    const label = s.label !== undefined ? ` ${s.label}` : '';
    const ms = (v: number) => `${v}${s.assumed ? '?' : ''}`;
    if ('cpu' in s) out.push(`${indent}cpu ${ms(s.cpu)}${at}${label}`);
    else if ('blocking_io' in s) out.push(`${indent}blocking_io ${ms(s.blocking_io)}${at}${label}`);
    else if ('await_io' in s) out.push(`${indent}await_io ${ms(s.await_io)}${at}${label}`);
    else if ('to_thread' in s) {
      out.push(`${indent}to_thread ${s.pool}${at}${label}`);
      describeSteps(s.to_thread, `${indent}  `, out);
    } else if ('to_process' in s) {
      out.push(`${indent}to_process${at}${label}`);
      describeSteps(s.to_process, `${indent}  `, out);
    } else {
      out.push(`${indent}gather${at}${label}`);
      s.gather.forEach((branch, i) => {
        out.push(`${indent}  branch ${i + 1}`);
        describeSteps(branch, `${indent}    `, out);
      });
    }
  }
}

/** `11:5 ASYNC251` per diagnostic, in order. */
export function describeDiagnostics(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
}

/**
 * A file with `fetch` (100 ms awaited, line 5) and `save` (20 ms, line 7), and one route
 * GET /r whose body, from line 10, is `body`: the fan-out and stored-task tests write only the
 * route's lines, and their expected steps quote FETCH and SAVE by these line numbers.
 */
export function fetchSaveFile(body: readonly string[]): string {
  return [
    'import asyncio', 'from fastapi import FastAPI', 'app = FastAPI()',
    'async def fetch(x):', '    await asyncio.sleep(0.1)',
    'async def save(r):', '    await asyncio.sleep(0.02)',
    '@app.get("/r")', 'async def r(ids: list[int]):',
    ...body.map((l) => `    ${l}`),
  ].join('\n');
}

/** `fetch`'s and `save`'s awaited sleeps, as describeRoutes prints them in fetchSaveFile. */
export const FETCH = 'await_io 100 @5:5 await asyncio.sleep(0.1)';
export const SAVE = 'await_io 20 @7:5 await asyncio.sleep(0.02)';
