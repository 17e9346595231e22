/**
 * A task kept in a name runs from its create_task, whatever comes between it and the await
 * that waits for it (storedAwaitables.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPythonParser } from '../../cli/analyze/pythonParser';
import { analyzePython } from './analyzePython';
import type { PythonParser } from './syntax';
import { describeDiagnostics, describeRoutes, FETCH, fetchSaveFile, SAVE } from './testing';

let parser: PythonParser;
beforeAll(async () => { parser = await loadPythonParser(); });

/** fetchSaveFile (testing.ts) with `body` as the route's lines. */
function analyse(...body: string[]) {
  const code = fetchSaveFile(body);
  const result = analyzePython(code, parser);
  if (!result.ok) throw new Error(result.message);
  return { steps: describeRoutes(result.scenario).slice(1), diagnostics: result.diagnostics.filter((d) => d.code !== 'LOOP201') };
}

describe('a task kept in a name and awaited later', { timeout: 30_000 }, () => {
  it('runs from its create_task when a loop that begins after it awaits it: once, beside the code before the loop', () => {
    const { steps, diagnostics } = analyse(
      'task = asyncio.create_task(fetch(1))',
      'await save(0)',
      'for x in range(2):',
      '    await save(x)',
      '    await task',
    );
    expect(steps).toEqual([
      '  gather @10:12 asyncio.create_task(fetch(1)) … await task',
      '    branch 1', `      ${FETCH}`,
      '    branch 2', `      ${SAVE}`,
      `  ${SAVE}`, `  ${SAVE}`,
    ]);
    expect(describeDiagnostics(diagnostics)).toEqual(['14:15 LOOP203']);
    expect(diagnostics[0]!.message).toBe('await task: the task runs from its create_task (line 10); LoopLab counts it as done when the loop at line 12 begins (the first await waits for what is left of it, the later ones return at once), so the loop\'s steps before this await, in its first run, are counted after it rather than beside it');
  });

  it('does the same for ensure_future and a loop of unknown count', () => {
    const { steps } = analyse(
      'task = asyncio.ensure_future(fetch(1))',
      'await save(0)',
      'for x in ids:',
      '    await task',
      '    await save(x)',
    );
    expect(steps).toEqual([
      '  gather @10:12 asyncio.ensure_future(fetch(1)) … await task',
      '    branch 1', `      ${FETCH}`,
      '    branch 2', `      ${SAVE}`,
      `  ${SAVE}`,
    ]);
  });
});

describe('tasks kept in names, awaited together through a list of them', { timeout: 30_000 }, () => {
  const GATHERED = (at: string) => [
    `  gather ${at}`,
    '    branch 1', `      ${FETCH}`,
    '    branch 2', `      ${SAVE}`,
    '    branch 3', `      ${SAVE}`,
  ];

  it('reads asyncio.wait([t1, t2]) as a gather of both, beside the code since they started', () => {
    const { steps, diagnostics } = analyse(
      't1 = asyncio.create_task(fetch(1))',
      't2 = asyncio.create_task(save(2))',
      'await save(0)',
      'done, pending = await asyncio.wait([t1, t2])',
    );
    expect(steps).toEqual(GATHERED('@13:21 await asyncio.wait([t1, t2])'));
    expect(describeDiagnostics(diagnostics)).toEqual([]);
  });

  it('reads a name holding such a list, splatted into asyncio.gather, the same way', () => {
    const { steps, diagnostics } = analyse(
      't1 = asyncio.create_task(fetch(1))',
      't2 = asyncio.create_task(save(2))',
      'await save(0)',
      'pending = (t1, t2)',
      'return await asyncio.gather(*pending)',
    );
    expect(steps).toEqual(GATHERED('@14:12 await asyncio.gather(*pending)'));
    expect(describeDiagnostics(diagnostics)).toEqual([]);
  });
});
