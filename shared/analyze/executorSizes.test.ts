/**
 * An executor the file makes with a stated size sizes the scenario's pool (executorSizes.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPythonParser } from '../../cli/analyze/pythonParser';
import { analyzePython } from './analyzePython';
import type { PythonParser } from './syntax';
import { describeDiagnostics } from './testing';
import { defaultServer } from '../scenario/types';

let parser: PythonParser;
beforeAll(async () => { parser = await loadPythonParser(); });

/** A file whose line 5 makes `pool` as stated, and one route handing `work` to it (plus `extra`, a line of its body). */
function analyse(pool: string, handOff: string, extra = 'pass') {
  const code = [
    'import asyncio', 'import time', 'from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor', 'from fastapi import FastAPI',
    pool, 'app = FastAPI()',
    'def work():', '    time.sleep(0.1)',
    '@app.post("/r")', 'async def r():', `    ${extra}`, `    return await asyncio.get_running_loop().run_in_executor(${handOff}, work)`,
  ].join('\n');
  const result = analyzePython(code, parser);
  if (!result.ok) throw new Error(result.message);
  return { server: result.scenario.server, notes: result.diagnostics.filter((d) => d.code === 'LOOP208') };
}

describe('an executor the file makes', { timeout: 30_000 }, () => {
  it('gives the scenario its stated number of threads when it is the only executor the routes use, and says so', () => {
    const { server, notes } = analyse('pool = ThreadPoolExecutor(max_workers=3)', 'pool');
    expect(server.executorThreads).toBe(3);
    expect(describeDiagnostics(notes)).toEqual(['5:8 LOOP208']);
    expect(notes[0]!.message).toBe("the work handed to this pool runs on 3 threads at most: the scenario's executor has 3 (server.executorThreads)");
  });

  it('gives the process pool its stated size, made on app.state, by position', () => {
    const { server } = analyse('app_pool = None', 'app.state.pool', 'app.state.pool = ProcessPoolExecutor(4)');
    expect(server.processPoolWorkers).toBe(4);
    expect(server.executorThreads).toBe(defaultServer().executorThreads);
  });

  it("keeps the server's size when asyncio's default executor is used too, and says how the pool is read", () => {
    const { server, notes } = analyse('pool = ThreadPoolExecutor(max_workers=3)', 'pool', 'await asyncio.to_thread(work)');
    expect(server.executorThreads).toBe(defaultServer().executorThreads);
    expect(notes[0]!.message).toBe("read as asyncio's default executor, of the server's size (the file hands work to it and to asyncio's default executor, and the scenario has one per worker); set its size in the server settings");
  });

  it('says nothing of a pool of the default size', () => {
    const { server, notes } = analyse('pool = ThreadPoolExecutor()', 'pool');
    expect(server).toEqual(defaultServer());
    expect(notes).toEqual([]);
  });
});
