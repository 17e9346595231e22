/**
 * A route's steps as FastAPI runs its dependencies and handler (routeSteps.ts): what runs on
 * the event loop and what on a pool thread.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPythonParser } from '../../cli/analyze/pythonParser';
import { analyzePython } from './analyzePython';
import type { PythonParser } from './syntax';
import { describeDiagnostics, describeRoutes } from './testing';

let parser: PythonParser;
beforeAll(async () => { parser = await loadPythonParser(); });

describe('a def route behind an async dependency that computes', { timeout: 30_000 }, () => {
  it('puts the computation on the event loop, where FastAPI runs the dependency, and warns about it', () => {
    const code = [
      'from fastapi import Depends, FastAPI', 'from passlib.context import CryptContext', 'app = FastAPI()',
      'pwd = CryptContext(schemes=["bcrypt"])',
      'async def checked(password: str):', '    return pwd.verify(password, "$2b$12$stored")',
      '@app.get("/secret")', 'def secret(ok=Depends(checked)):', '    return ok',
    ].join('\n');
    const result = analyzePython(code, parser);
    if (!result.ok) throw new Error(result.message);
    expect(describeRoutes(result.scenario)).toEqual([
      'async GET /secret',
      '  cpu 250? @6:12 pwd.verify(password, "$2b$12$stored")',
      '  to_thread anyio @8:1 secret() (def handler, in the thread pool)',
      '    cpu 1? @8:1 secret()',
    ]);
    expect(describeDiagnostics(result.diagnostics)).toEqual(['6:12 LOOP101', '8:1 LOOP206']);
    expect(result.diagnostics[1]!.message).toBe('secret is a def route with an async dependency that has work of its own: modelled as the dependency on the event loop, then the handler on a pool thread (as FastAPI runs it)');
  });
});
