/** Loops in a route (loopBodies.ts): how many times their steps count, and what a note says about it. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPythonParser } from '../../cli/analyze/pythonParser';
import { analyzePython } from './analyzePython';
import type { PythonParser } from './syntax';
import { describeRoutes } from './testing';

let parser: PythonParser;
beforeAll(async () => { parser = await loadPythonParser(); });

/** One route GET /r with an httpx.AsyncClient `client`; its body from line 8. */
function analyse(...body: string[]) {
  const code = ['import asyncio', 'import httpx', 'from fastapi import FastAPI', 'app = FastAPI()', 'client = httpx.AsyncClient()',
    '@app.get("/r")', 'async def r():', ...body.map((l) => `    ${l}`)].join('\n');
  const result = analyzePython(code, parser);
  if (!result.ok) throw new Error(result.message);
  return { steps: describeRoutes(result.scenario).slice(1), notes: result.diagnostics.filter((d) => d.code === 'LOOP203').map((d) => `${d.line}:${d.column} ${d.message}`) };
}

describe('loops', { timeout: 30_000 }, () => {
  it('counts every run of a retry loop that can end early, and says it counted its slowest case', () => {
    const retry = analyse('for attempt in range(3):', '    try:', '        return await client.get("https://x")', '    except httpx.HTTPError:', '        await asyncio.sleep(0.5)');
    expect(retry.steps).toHaveLength(3);
    expect(retry.notes).toEqual(["8:5 for attempt in range(3): the loop can end early (a break or return in it), but LoopLab counts all 3 runs of its body, its slowest case; delete the extra steps in the editor if it usually ends sooner"]);
    const broken = analyse('for attempt in range(2):', '    r = await client.get("https://x")', '    if r.is_success:', '        break');
    expect(broken.notes).toHaveLength(1);
  });

  it("does not take an inner loop's break, or a loop that cannot end early, for a retry", () => {
    const inner = analyse('for page in range(2):', '    await client.get("https://x")', '    for item in range(5):', '        if item:', '            break');
    expect(inner.steps).toHaveLength(2);
    expect(inner.notes).toEqual([]);
    expect(analyse('for page in range(2):', '    await client.get("https://x")').notes).toEqual([]);
  });
});
