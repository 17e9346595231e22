/**
 * Work made per item of a collection (fanOut.ts), and loops that start tasks: what runs
 * beside what, and how many times it counts.
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
  return { steps: describeRoutes(result.scenario).slice(1), diagnostics: describeDiagnostics(result.diagnostics), messages: result.diagnostics.map((d) => d.message) };
}

describe('tasks and coroutines made per item', { timeout: 30_000 }, () => {
  it('runs tasks made in a comprehension beside each other and beside the code before the loop that awaits them, then the loop body once per task', () => {
    const { steps, diagnostics } = analyse(
      'tasks = [asyncio.create_task(fetch(x)) for x in range(2)]',
      'await asyncio.sleep(0.05)',
      'for t in tasks:',
      '    await save(await t)',
    );
    expect(steps).toEqual([
      '  gather @12:5 for t in tasks (tasks started together)',
      '    branch 1', `      ${FETCH}`,
      '    branch 2', `      ${FETCH}`,
      '    branch 3', '      await_io 50 @11:5 await asyncio.sleep(0.05)',
      `  ${SAVE}`, `  ${SAVE}`,
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('reads [await t for t in tasks] like the loop, and tasks appended in a loop of a stated count like the comprehension', () => {
    const comprehension = analyse('tasks = [asyncio.create_task(fetch(x)) for x in (1, 2, 3)]', 'return [await t for t in tasks]');
    expect(comprehension.steps).toEqual([
      '  gather @11:12 [await t for t in tasks] (tasks started together)',
      '    branch 1', `      ${FETCH}`, '    branch 2', `      ${FETCH}`, '    branch 3', `      ${FETCH}`,
    ]);
    const appended = analyse('tasks = []', 'for x in range(2):', '    tasks.append(asyncio.create_task(fetch(x)))', 'await asyncio.gather(*tasks)');
    expect(appended.steps).toEqual(['  gather @13:5 await asyncio.gather(*tasks)', '    branch 1', `      ${FETCH}`, '    branch 2', `      ${FETCH}`]);
    expect(appended.diagnostics).toEqual([]);
  });

  it('runs coroutines kept in a list one after another when a loop awaits them, and all at once when gathered', () => {
    const sequential = analyse('coros = [fetch(x) for x in range(3)]', 'for c in coros:', '    await c');
    expect(sequential.steps).toEqual([`  ${FETCH}`, `  ${FETCH}`, `  ${FETCH}`]);
    const gathered = analyse('await asyncio.gather(*[fetch(x) for x in range(2)], save(1))');
    expect(gathered.steps).toEqual([
      '  gather @10:5 await asyncio.gather(*[fetch(x) for x in range(2)], save(1))',
      '    branch 1', `      ${FETCH}`, '    branch 2', `      ${FETCH}`, '    branch 3', `      ${SAVE}`,
    ]);
  });

  it('counts one item, and says so, when it cannot tell how many there are or there are more than 20', () => {
    const unknown = analyse('await asyncio.gather(*(fetch(x) for x in ids))');
    expect(unknown.steps).toEqual(['  gather @10:5 await asyncio.gather(*(fetch(x) for x in ids))', '    branch 1', `      ${FETCH}`]);
    expect(unknown.diagnostics).toEqual(['10:27 LOOP203']);
    expect(unknown.messages[0]).toBe('(fetch(x) for x in ids): fetch(x) once per item, all at once; LoopLab cannot tell how many there are, so one is counted: repeat its steps in the editor for the real count');
    const many = analyse('tasks = [asyncio.create_task(fetch(x)) for x in range(50)]', 'for t in tasks:', '    await t');
    expect(many.steps).toEqual(['  gather @11:5 for t in tasks (tasks started together)', '    branch 1', `      ${FETCH}`]);
    expect(many.messages[0]).toContain('there are 50, more than the 20 LoopLab repeats, so one is counted');
  });

  it('says tasks a loop only cancels are not waited for, rather than counting them', () => {
    const { steps, diagnostics } = analyse('tasks = [asyncio.create_task(fetch(x)) for x in range(2)]', 'for t in tasks:', '    t.cancel()');
    expect(steps).toEqual(['  cpu 1? @9:1 r()']);
    expect(diagnostics).toEqual(['10:14 LOOP204']);
  });

  it('runs the tasks of a loop over asyncio.as_completed(tasks) beside each other, rather than calling them not waited for', () => {
    const { steps, diagnostics } = analyse('tasks = [asyncio.create_task(fetch(x)) for x in range(2)]', 'for done in asyncio.as_completed(tasks):', '    await done');
    expect(steps).toEqual(['  gather @11:17 asyncio.as_completed(tasks)', '    branch 1', `      ${FETCH}`, '    branch 2', `      ${FETCH}`]);
    expect(diagnostics).toEqual([]);
  });

  it('waits for every task of asyncio.wait(tasks)', () => {
    const { steps } = analyse('tasks = [asyncio.create_task(fetch(1)), asyncio.create_task(save(2))]', 'done, pending = await asyncio.wait(tasks)');
    expect(steps).toEqual(['  gather @11:21 await asyncio.wait(tasks)', '    branch 1', `      ${FETCH}`, '    branch 2', `      ${SAVE}`]);
  });

  it('waits for the quickest task only when asyncio.wait returns at the first one done, and says the others run on', () => {
    const { steps, diagnostics } = analyse('tasks = [asyncio.create_task(fetch(1)), asyncio.create_task(save(2))]', 'done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)');
    expect(steps).toEqual(['  gather @11:21 await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)', '    branch 1', `      ${SAVE}`]);
    expect(diagnostics).toEqual(['11:27 LOOP204']);
  });

  it('starts a TaskGroup task each time round a loop of a stated count, and counts one, with a note, when the count is unknown', () => {
    const stated = analyse('async with asyncio.TaskGroup() as tg:', '    for x in range(3):', '        tg.create_task(fetch(x))');
    expect(stated.steps).toEqual(['  gather @10:5 async with asyncio.TaskGroup() as tg', '    branch 1', `      ${FETCH}`, '    branch 2', `      ${FETCH}`, '    branch 3', `      ${FETCH}`]);
    const unknown = analyse('async with asyncio.TaskGroup() as tg:', '    for x in ids:', '        tg.create_task(fetch(x))');
    expect(unknown.steps).toEqual(['  gather @10:5 async with asyncio.TaskGroup() as tg', '    branch 1', `      ${FETCH}`]);
    expect(unknown.diagnostics).toEqual(['12:13 LOOP203']);
  });

  it('repeats awaits inside a loop by its stated count, one after another, and says it counted once when the count is unknown', () => {
    expect(analyse('for x in [1, 2]:', '    await fetch(x)').steps).toEqual([`  ${FETCH}`, `  ${FETCH}`]);
    const unknown = analyse('for x in ids:', '    await fetch(x)');
    expect(unknown.steps).toEqual([`  ${FETCH}`]);
    expect(unknown.messages).toEqual(["for x in ids: the loop's body is counted once (LoopLab cannot tell how many times it runs); repeat its steps in the editor if it runs more"]);
  });

  it('counts no work for a collection the code makes empty, gathered or awaited one by one', () => {
    // No step of fetch: the route keeps only the placeholder of a route with nothing found.
    const EMPTY = ['  cpu 1? @9:1 r()'];
    expect(analyse('tasks = [asyncio.create_task(fetch(x)) for x in range(0)]', 'await asyncio.gather(*tasks)').steps).toEqual(EMPTY);
    expect(analyse('coros = [fetch(x) for x in range(0)]', 'for c in coros:', '    await c').steps).toEqual(EMPTY);
  });
});
