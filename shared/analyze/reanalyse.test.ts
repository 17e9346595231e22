import { beforeAll, describe, expect, it } from 'vitest';
import { loadPythonParser } from '../../cli/analyze/pythonParser';
import { analyzePython } from './analyzePython';
import { carryEdits } from './reanalyse';
import type { PythonParser } from './syntax';
import type { Scenario } from '../scenario/types';

let parser: PythonParser;
beforeAll(async () => { parser = await loadPythonParser(); });

const v1 = `import time, requests
from fastapi import FastAPI
app = FastAPI()

@app.get("/a")
async def a():
    time.sleep(0.2)
    requests.get("https://x.example")

@app.get("/b")
def b():
    requests.get("https://y.example")
`;

function analyse(source: string): Scenario {
  const r = analyzePython(source, parser);
  if (!r.ok) throw new Error(r.message);
  return r.scenario;
}

/** The user's edits: 350 ms typed for the first requests.get, a fix on it, 4 workers, 25 requests to /b. */
function edited(s: Scenario): Scenario {
  const routes = structuredClone(s.routes);
  routes[0]!.steps[1] = { blocking_io: 350, label: 'requests.get("https://x.example")', line: 8, column: 5 };
  return { ...s, routes, server: { ...s.server, workers: 4 }, requests: [{ route: 'GET /b', at: 0, count: 25, every: 0 }], fixes: [{ line: 8, column: 5, fix: 'await' }] };
}

describe('analysing edited code again', () => {
  it('keeps typed durations, fixes, server and load where the code is still there, even moved', () => {
    const v2 = v1.replace('app = FastAPI()\n', 'app = FastAPI()\nTIMEOUT = 3\n\n');
    const merged = carryEdits({ source: v1, scenario: edited(analyse(v1)) }, { source: v2, scenario: analyse(v2) });
    expect(merged.routes[0]!.steps).toEqual([
      { blocking_io: 200, label: 'time.sleep(0.2)', line: 9, column: 5 },
      { blocking_io: 350, label: 'requests.get("https://x.example")', line: 10, column: 5 },
    ]);
    expect(merged.fixes).toEqual([{ line: 10, column: 5, fix: 'await' }]);
    expect(merged.server.workers).toBe(4);
    expect(merged.requests).toEqual([{ route: 'GET /b', at: 0, count: 25, every: 0 }, { route: 'GET /a', at: 0, count: 10, every: 0 }]);
  });

  it('takes the new figure for a line whose code changed, and drops what belonged to it', () => {
    const v2 = v1.replace('time.sleep(0.2)', 'time.sleep(0.5)').replace('requests.get("https://x.example")', 'requests.get("https://z.example")');
    const merged = carryEdits({ source: v1, scenario: edited(analyse(v1)) }, { source: v2, scenario: analyse(v2) });
    expect(merged.routes[0]!.steps.map((s) => ('blocking_io' in s ? s.blocking_io : null))).toEqual([500, 100]);
    expect(merged.fixes).toBeUndefined();
  });

  it('takes a pool size the edited code newly states, and keeps one the user set', () => {
    const pooled = `import asyncio, time\nfrom concurrent.futures import ThreadPoolExecutor\n${v1}\npool = ThreadPoolExecutor(max_workers=3)\n\n@app.get("/c")\nasync def c():\n    await asyncio.get_running_loop().run_in_executor(pool, time.sleep, 0.1)\n`;
    const before = edited(analyse(v1));
    expect(carryEdits({ source: v1, scenario: before }, { source: pooled, scenario: analyse(pooled) }).server).toEqual({ ...before.server, executorThreads: 3 });
    const theirs = { ...before, server: { ...before.server, executorThreads: 12 } };
    expect(carryEdits({ source: v1, scenario: theirs }, { source: pooled, scenario: analyse(pooled) }).server.executorThreads).toBe(12);
  });

  it('tells apart two calls on lines with the same text by their order', () => {
    const twice = v1.replace('    requests.get("https://x.example")\n', '    requests.get("https://x.example")\n    requests.get("https://x.example")\n');
    const first = analyse(twice);
    const routes = structuredClone(first.routes);
    (routes[0]!.steps[2] as { blocking_io: number }).blocking_io = 999;
    const merged = carryEdits({ source: twice, scenario: { ...first, routes } }, { source: `# moved\n${twice}`, scenario: analyse(`# moved\n${twice}`) });
    expect(merged.routes[0]!.steps.map((s) => ('blocking_io' in s ? s.blocking_io : null))).toEqual([200, 100, 999]);
  });
});
