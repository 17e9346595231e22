/**
 * What a warning about the event loop offers: only fixes that move the step off the loop.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPythonParser } from '../../cli/analyze/pythonParser';
import { analyzePython } from './analyzePython';
import type { PythonParser } from './syntax';

let parser: PythonParser;
beforeAll(async () => { parser = await loadPythonParser(); });

describe('a warning about a blocking call in an async dependency', { timeout: 30_000 }, () => {
  it('does not offer making the route def: FastAPI runs an async dependency on the event loop whatever the route', () => {
    const code = [
      'import requests', 'from fastapi import Depends, FastAPI', 'app = FastAPI()',
      'async def current_user():', '    r = requests.get("https://auth.example.com/me")', '    return r.json()',
      '@app.get("/me")', 'async def me(user=Depends(current_user)):', '    return user',
    ].join('\n');
    const result = analyzePython(code, parser);
    if (!result.ok) throw new Error(result.message);
    const warning = result.diagnostics.find((d) => d.code === 'ASYNC210')!;
    expect(warning.fixes).toEqual(['await', 'threadpool']);
    expect(warning.message).toBe('requests.get("https://auth.example.com/me") blocks the event loop 100 ms per request (assumed: an HTTP request to another service); the other 9 requests wait (in dependency current_user, which FastAPI runs on the event loop for any route). Fix: use httpx.AsyncClient and await it; or await run_in_threadpool(…), so it runs on a pool thread; or make current_user a def dependency (FastAPI runs it on a pool thread)');
  });
});
