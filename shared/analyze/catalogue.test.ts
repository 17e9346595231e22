/**
 * Every row of the catalogue, exercised: for each name it lists (and each method, on a value
 * made the way the catalogue says such values are made), a small async route calls it, and
 * the analyser must turn the call into the step the row's effect says — with the row's rule
 * in the diagnostic when the step blocks the loop.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPythonParser } from '../../cli/analyze/pythonParser';
import { CALLS, indexCatalogue, type CallEntry, type Effect } from './catalogue';
import { analyzePython } from './analyzePython';
import type { PythonParser } from './syntax';
import type { AsyncStep } from '../scenario/types';

let parser: PythonParser;
beforeAll(async () => { parser = await loadPythonParser(); });

/** Types the analyser's own code uses (as a route's app, an executor, a task group), not through an effect row. */
const USED_BY_CODE: Record<string, (v: string) => { code: string; expect: string }> = {
  'fastapi.FastAPI': (v) => ({ code: `app = ${v}\n@app.get("/made")\nasync def made():\n    await asyncio.sleep(0.1)\n`, expect: 'route GET /made' }),
  'fastapi.APIRouter': (v) => ({ code: `app = ${v}\n@app.get("/made")\nasync def made():\n    await asyncio.sleep(0.1)\n`, expect: 'route GET /made' }),
  'concurrent.futures.ProcessPoolExecutor': (v) => ({ code: `pool = ${v}\n${route('await asyncio.get_running_loop().run_in_executor(pool, work)')}`, expect: 'to_process' }),
  'concurrent.futures.ThreadPoolExecutor': (v) => ({ code: `pool = ${v}\n${route('await asyncio.get_running_loop().run_in_executor(pool, work)')}`, expect: 'to_thread executor' }),
  // Rows a query already fetched: reading them is no round trip, so the route has only its own Python.
  'sqlalchemy.Result': (v) => ({ code: route(`rows = ${v}.all()`), expect: 'cpu' }),
};

/** An async route GET /t with `body`; `work` is a function to offload, `chunks` a sync generator that blocks. */
function route(body: string): string {
  return `import asyncio\nimport time\nfrom fastapi import FastAPI\napp = FastAPI()\ndef work():\n    pass\ndef chunks():\n    time.sleep(0.25)\n    yield b"x"\n@app.get("/t")\nasync def t():\n    ${body.split('\n').join('\n    ')}\n`;
}

/** `import head` for a dotted name, so the call resolves to its qualified name. */
function importFor(name: string): string {
  return name.includes('.') ? `import ${name.split('.')[0]}\n` : '';
}

const index = indexCatalogue();
const makers = new Map<string, CallEntry>();
for (const e of CALLS) if (e.makes !== undefined && !makers.has(e.makes)) makers.set(e.makes, e);

/** Statements that leave a value of `type` in a local variable, and its name. */
function valueOf(type: string, depth = 0): { lines: string[]; imports: string; name: string } {
  const maker = makers.get(type);
  if (!maker || depth > 6) throw new Error(`nothing in the catalogue makes ${type}`);
  const name = `v${depth}`;
  if (maker.calls) {
    const call = maker.calls.find((c) => c.includes('.'))!;
    const awaited = maker.effect !== undefined && ('awaits' in maker.effect || 'awaitsThread' in maker.effect) ? 'await ' : '';
    return { lines: [`${name} = ${awaited}${call}()`], imports: importFor(call), name };
  }
  const base = valueOf(maker.on!, depth + 1);
  const method = maker.methods === '*' ? 'some_command' : maker.methods?.[0];
  const expr = maker.attributes ? `${base.name}.${maker.attributes[0]}` : method === '__call__' ? `${base.name}()` : `${base.name}.${method}()`;
  const awaited = maker.effect !== undefined && ('awaits' in maker.effect || 'awaitsThread' in maker.effect) ? 'await ' : '';
  return { lines: [...base.lines, `${name} = ${awaited}${expr}`], imports: base.imports, name };
}

/** The call as written for this effect, and the step (or note) it must give. */
function exercise(effect: Effect, callee: string): { call: string; expect: string } {
  if ('blocks' in effect) return { call: `${callee}(1, 2)`, expect: 'blocking_io' };
  if ('awaits' in effect) return { call: `await ${callee}(1, 2)`, expect: 'await_io' };
  if ('awaitsThread' in effect) return { call: `await ${callee}(1, 2)`, expect: `to_thread ${effect.pool}` };
  if ('computes' in effect) return { call: `${callee}(b"pw", b"salt")`, expect: 'cpu' };
  if ('sleeps' in effect) return effect.sleeps === 'blocking' ? { call: `${callee}(0.25)`, expect: 'blocking_io 250' } : { call: `await ${callee}(0.25)`, expect: 'await_io 250' };
  if ('offloads' in effect) {
    if (effect.offloads === 'by-executor') return { call: `await ${callee}(None, work)`, expect: 'to_thread executor' };
    return { call: `await ${callee}(work)`, expect: effect.offloads === 'process' ? 'to_process' : `to_thread ${effect.offloads}` };
  }
  if ('waitsForPool' in effect) return { call: `${callee}(work)`, expect: 'blocking_io' };
  if ('gathers' in effect) {
    const awaitables = effect.gathers === 'collection' ? '[asyncio.create_task(asyncio.sleep(0.1)), asyncio.create_task(asyncio.sleep(0.2))]' : 'asyncio.sleep(0.1), asyncio.sleep(0.2)';
    return { call: `await ${callee}(${awaitables})`, expect: 'gather' };
  }
  if ('startsTask' in effect) return { call: effect.startsTask === 'coroutine' ? `${callee}(asyncio.sleep(0.1))` : `${callee}(asyncio.sleep, 0.1)`, expect: 'gather' };
  if ('wraps' in effect) return { call: `await ${callee}(asyncio.sleep(0.25), 5)`, expect: 'await_io 250' };
  if ('detachesTask' in effect) return { call: `${callee}(asyncio.sleep(0.25))`, expect: 'note LOOP204' };
  if ('streams' in effect) return { call: `return ${callee}(chunks(), media_type="text/plain")`, expect: 'to_thread anyio' };
  return { call: `${callee}(work)`, expect: 'note LOOP204' };
}

function shape(step: AsyncStep | undefined): string {
  if (!step) return 'no step';
  if ('cpu' in step) return 'cpu';
  if ('blocking_io' in step) return step.assumed ? 'blocking_io' : `blocking_io ${step.blocking_io}`;
  if ('await_io' in step) return step.assumed ? 'await_io' : `await_io ${step.await_io}`;
  if ('to_thread' in step) return `to_thread ${step.pool}`;
  if ('to_process' in step) return 'to_process';
  return 'gather';
}

interface Case { row: number; what: string; code: string; expect: string; rule?: string }

function cases(): Case[] {
  const out: Case[] = [];
  CALLS.forEach((entry, row) => {
    const rule = entry.rule;
    if (entry.bySignature !== undefined) {
      // On a value the analyser cannot follow (a parameter's), with each first argument the row lists.
      const { method, module, firstArgument } = entry.bySignature;
      for (const first of firstArgument) {
        const { call, expect } = exercise(entry.effect!, `pool.${method}`);
        const code = route(call.replace('(1, 2)', `(${JSON.stringify(first.toLowerCase())}, "https://example.com")`)).replace('async def t():', 'async def t(pool):');
        out.push({ row, what: `${module}: x.${method}("${first}", …)`, code: `import ${module}\n${code}`, expect, ...(rule ? { rule } : {}) });
      }
      return;
    }
    if (entry.effect !== undefined) {
      for (const name of entry.calls ?? []) {
        if (!name.includes('.') && name !== 'open' && name !== 'input') continue; // bare names: checked below
        const { call, expect } = exercise(entry.effect, name);
        out.push({ row, what: name, code: importFor(name) + route(call), expect, ...(rule ? { rule } : {}) });
      }
      for (const read of entry.reads ?? []) {
        // A property that asks a server: reading it is the step.
        const value = valueOf(entry.on!);
        const { expect } = exercise(entry.effect, `${value.name}.${read}`);
        out.push({ row, what: `${entry.on}.${read}`, code: value.imports + route([...value.lines, `seen = ${value.name}.${read}`].join('\n')), expect, ...(rule ? { rule } : {}) });
      }
      if (entry.on !== undefined) {
        const methods = entry.methods === '*' ? ['some_command'] : (entry.methods ?? []);
        for (const method of methods) {
          const value = valueOf(entry.on);
          const callee = method === '__call__' ? value.name : `${value.name}.${method}`;
          const { call, expect } = entry.effect !== undefined && 'startsTask' in entry.effect
            ? { call: `async with ${makers.get(entry.on)!.calls![0]}() as tg:\n    ${exercise(entry.effect, `tg.${method}`).call}`, expect: 'gather' }
            : exercise(entry.effect, callee);
          const lines = 'startsTask' in entry.effect ? [call] : [...value.lines, call];
          out.push({ row, what: `${entry.on}.${method}`, code: value.imports + route(lines.join('\n')), expect, ...(rule ? { rule } : {}) });
        }
      }
    } else if (entry.makes !== undefined) {
      // A row that only makes a value: what it makes must be recognised by the rows about that type.
      for (const name of (entry.calls ?? []).filter((n) => n.includes('.'))) out.push({ row, what: name, ...use(entry.makes, `${name}()`, importFor(name), []) });
      if (entry.on !== undefined) {
        const base = valueOf(entry.on);
        const member = (entry.attributes ?? entry.methods as string[])[0]!;
        const expr = entry.attributes ? `${base.name}.${member}` : member === '__call__' ? `${base.name}()` : `${base.name}.${member}()`;
        out.push({ row, what: `${entry.on}.${member}`, ...use(entry.makes, expr, base.imports, base.lines) });
      }
    }
  });
  return out;
}

/** Code that makes a value of `type` with `expr`, then uses it the way the catalogue's rows about that type say. */
function use(type: string, expr: string, imports: string, before: string[]): { code: string; expect: string } {
  const byCode = USED_BY_CODE[type];
  if (byCode) {
    const u = byCode(expr);
    return { code: `${imports}import asyncio
${before.length ? `${before.join('\n')}\n` : ''}${u.code}`, expect: u.expect };
  }
  const lines = [...before, `made0 = ${expr}`];
  let current = type;
  for (let i = 0; i < 6; i++) {
    const starts = CALLS.find((e) => e.on === current && e.effect !== undefined && 'startsTask' in e.effect);
    if (starts) {
      lines.pop();
      lines.push(`async with ${expr} as tg:\n    ${exercise(starts.effect!, `tg.${(starts.methods as string[])[0]}`).call}`);
      return { code: imports + route(lines.join('\n')), expect: 'gather' };
    }
    const effectRow = CALLS.find((e) => e.on === current && e.effect !== undefined && e.methods !== undefined);
    if (effectRow) {
      const method = effectRow.methods === '*' ? 'some_command' : effectRow.methods![0]!;
      const { call, expect } = exercise(effectRow.effect!, `made${i}.${method === '__call__' ? '' : method}`.replace(/\.$/, ''));
      return { code: imports + route([...lines, call].join('\n')), expect };
    }
    const next = CALLS.find((e) => e.on === current && e.makes !== undefined)!;
    const member = (next.attributes ?? next.methods as string[])[0]!;
    lines.push(`made${i + 1} = made${i}${next.attributes ? `.${member}` : member === '__call__' ? '()' : `.${member}()`}`);
    current = next.makes!;
  }
  throw new Error(`no row uses values of ${type}`);
}

describe('the catalogue of calls', { timeout: 30_000 }, () => {
  it('gives every row a source, and ruff-style rule ids', () => {
    for (const entry of CALLS) {
      expect(entry.source.length, JSON.stringify(entry.calls ?? entry.on)).toBeGreaterThan(5);
      if (entry.rule !== undefined) expect(entry.rule).toMatch(/^ASYNC\d{3}$/);
      expect(entry.calls !== undefined || entry.on !== undefined || entry.bySignature !== undefined).toBe(true);
    }
  });

  const all = cases();

  it('exercises every row', () => {
    const covered = new Set(all.map((c) => c.row));
    const missing = CALLS.map((e, i) => (covered.has(i) ? null : JSON.stringify(e.calls ?? `${e.on}.${String(e.methods ?? e.attributes ?? e.reads)}`))).filter((x) => x !== null);
    expect(missing).toEqual([]);
  });

  it.each(all.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    const result = analyzePython(c.code, parser, { fileName: 'case.py' });
    if (!result.ok) throw new Error(`${result.message}\n${c.code}`);
    if (c.expect.startsWith('route ')) {
      expect(result.scenario.routes.map((r) => r.name), c.code).toContain(c.expect.slice('route '.length));
      return;
    }
    if (c.expect.startsWith('note ')) {
      expect(result.diagnostics.map((d) => d.code), c.code).toContain(c.expect.slice('note '.length));
      return;
    }
    const steps = result.scenario.routes.find((r) => r.name === 'GET /t')!.steps;
    expect(shape(steps[steps.length - 1]), c.code).toBe(c.expect);
    if (c.rule !== undefined) expect(result.diagnostics.map((d) => d.code), c.code).toContain(c.rule);
  });

  it("cites every rule of ruff's and flake8-async's ASYNC210–251 that names calls", () => {
    // ASYNC200 is the user's own list; the others name calls (flake8-async docs/rules.rst, ruff's flake8_async rules).
    const rules = ['ASYNC210', 'ASYNC211', 'ASYNC212', 'ASYNC220', 'ASYNC221', 'ASYNC222', 'ASYNC230', 'ASYNC231', 'ASYNC232', 'ASYNC240', 'ASYNC250', 'ASYNC251'];
    const cited = new Set(CALLS.map((e) => e.rule).filter((r) => r !== undefined));
    expect(rules.filter((r) => !cited.has(r))).toEqual([]);
    expect([...cited].filter((r) => !rules.includes(r))).toEqual([]);
  });

  it('has rows for every kind of call the requirement lists', () => {
    // Awaited I/O, blocking I/O, CPU, offloads, gather: one qualified name (or type and method) per kind named.
    const named = ['asyncio.sleep', 'anyio.sleep', 'httpx.AsyncClient#get', 'aiohttp.ClientSession#get', 'asyncpg.Connection#fetch', 'psycopg.AsyncConnection#execute',
      'redis.asyncio.Redis#get', 'pymongo.AsyncMongoClient#find_one', 'sqlalchemy.ext.asyncio.AsyncSession#execute',
      'time.sleep', 'requests.get', 'httpx.Client#get', 'urllib.request.urlopen', 'urllib3.request', 'subprocess.run', 'os.system', 'os.waitpid', 'open', 'io.File#read', 'io.File#write',
      'os.path.exists', 'pathlib.Path#exists', 'input', 'sqlite3.connect', 'psycopg2.connect', 'pymysql.connect', 'pymongo.MongoClient#find_one', 'redis.Redis#get', 'sqlalchemy.orm.Session#execute',
      'hashlib.pbkdf2_hmac', 'hashlib.scrypt', 'bcrypt.hashpw',
      'asyncio.AbstractEventLoop#run_in_executor', 'asyncio.to_thread', 'fastapi.concurrency.run_in_threadpool', 'anyio.to_thread.run_sync', 'aiofiles.open',
      'concurrent.futures.ProcessPoolExecutor', 'concurrent.futures.ThreadPoolExecutor', 'asyncio.gather', 'asyncio.TaskGroup#create_task'];
    const missing = named.filter((n) => {
      const [type, method] = n.split('#');
      return method === undefined ? index.call(type!) === undefined : index.method(type!, method) === undefined;
    });
    expect(missing).toEqual([]);
  });

  it('reads every async library a fix proposes, so a file fixed the way a warning says is read too', () => {
    const readAs: Record<string, string> = {
      'httpx.AsyncClient': 'httpx.AsyncClient#get', aiofiles: 'aiofiles.open', aiomysql: 'aiomysql.connect', aiosmtplib: 'aiosmtplib.send',
      aiosqlite: 'aiosqlite.connect', 'anyio.Path': 'anyio.Path#read_text', 'asyncio.create_subprocess_exec': 'asyncio.create_subprocess_exec',
      'asyncio.open_connection': 'asyncio.open_connection', 'asyncio.sleep': 'asyncio.sleep', asyncpg: 'asyncpg.connect',
      'redis.asyncio': 'redis.asyncio.Redis#get', aioboto3: 'aioboto3.client#put_object', 'AsyncOpenAI (or AsyncAnthropic)': 'openai.AsyncOpenAI#create',
      "PyMongo's AsyncMongoClient": 'pymongo.AsyncMongoClient#find_one', "SQLAlchemy's AsyncConnection": 'sqlalchemy.ext.asyncio.AsyncConnection#execute',
      "SQLAlchemy's AsyncEngine": 'sqlalchemy.ext.asyncio.AsyncEngine#connect', "SQLAlchemy's AsyncSession": 'sqlalchemy.ext.asyncio.AsyncSession#execute',
      "psycopg's AsyncConnection": 'psycopg.AsyncConnection#execute',
    };
    const proposed = [...new Set(CALLS.map((e) => e.instead).filter((i) => i !== undefined))];
    expect(proposed.filter((p) => !(p in readAs))).toEqual([]);
    const unread = Object.values(readAs).filter((n) => {
      const [type, method] = n.split('#');
      return method === undefined ? index.call(type!) === undefined : index.method(type!, method) === undefined;
    });
    expect(unread).toEqual([]);
  });

  it('recognises x.request("GET", …) by its signature only where the file imports urllib3 and the method is HTTP\'s', () => {
    const steps = (prelude: string, call: string) => {
      const r = analyzePython(`${prelude}@app.get("/t")\nasync def t(pool):\n    ${call}\n`, parser);
      return r.ok ? r.scenario.routes[0]!.steps.map(shape) : [];
    };
    expect(steps('import urllib3\n', 'pool.request("GET", "https://example.com")')).toEqual(['blocking_io']);
    expect(steps('import urllib3\nMETHOD = "post"\n', 'pool.request(METHOD, "https://example.com")')).toEqual(['blocking_io']);
    expect(steps('', 'pool.request("GET", "https://example.com")')).not.toContain('blocking_io');
    expect(steps('import urllib3\n', 'pool.request("FETCH", "https://example.com")')).not.toContain('blocking_io');
    expect(steps('import urllib3\n', 'pool.request(method, "https://example.com")')).not.toContain('blocking_io');
  });

  it('matches a bare name only where the file binds it to nothing', () => {
    const bare = (prelude: string) => analyzePython(`${prelude}@app.get("/t")\nasync def t():\n    open("x")\n`, parser);
    const unbound = bare('');
    expect(unbound.ok && unbound.scenario.routes[0]!.steps.map(shape)).toEqual(['blocking_io']);
    const rebound = bare('def open(path):\n    return path\n');
    expect(rebound.ok && rebound.scenario.routes[0]!.steps.map(shape)).toEqual(['cpu']);
  });

  it('looks rows up by qualified name and by type and method', () => {
    expect(index.call('requests.get')?.rule).toBe('ASYNC210');
    expect(index.method('sqlalchemy.orm.Session', 'execute')?.effect).toEqual({ blocks: 'db' });
    expect(index.method('sqlalchemy.orm.Session', 'add')).toBeUndefined();
    expect(index.attribute('fastapi.UploadFile', 'file')).toBe('io.File');
  });
});
