/**
 * The three pitfalls: the wrong code, the fixed code, and both timelines. The Python is what a
 * FastAPI developer would really write; the scenarios are that code reduced to its timings.
 */
import type { Lesson } from './types';
import { asyncRoute, burst, count, endOf, fact, nthFinished, ms, p95, scenario, syncRoute, times } from './build';
import { blockingDbFixed, blockingDbWrong, cpuFixed, cpuWrong, requestsFixed, requestsWrong } from './pitfallCode';

// Pitfall 1: a sync driver's 100 ms query straight in async def, ten requests at once.
const query = { blocking_io: 100, label: 'cur.execute(…)' };

export const blockingDb: Lesson = {
  id: 'pitfall-1-blocking-db-in-async',
  kind: 'pitfall',
  title: 'Pitfall 1 · A blocking database query in async def',
  summary: 'A sync driver inside `async def` turns ten parallel queries into a queue.',
  body: [
    '`psycopg2`, `pymysql`, SQLAlchemy\'s classic `Session`: these drivers block while the database works. Called inside `async def`, they block the event loop, and the queries run one at a time. The tenth request ends at {wrong-last}.',
    'Fix it one of two ways. Move the call to a thread with `await asyncio.to_thread(...)` (or `loop.run_in_executor(None, ...)`): the loop stays free while the thread waits. Or switch to an async driver (`asyncpg`, `psycopg` 3\'s async mode, SQLAlchemy\'s `AsyncSession`) and `await` the query.',
    'It is more subtle than "the thread fixes it": `asyncio.to_thread` uses a default pool of min(32, cores + 4) threads, only {fixed-threads} on this 2-core machine. Six queries run at once, the other four wait for a free thread and end at {fixed-last}. An async driver has no such limit.',
  ],
  code: { wrong: blockingDbWrong, fixed: blockingDbFixed },
  scenarios: {
    before: scenario('wrong: query on the loop', 'Ten requests; each runs a 100 ms query with a sync driver inside async def.', [asyncRoute('get_order', [query])], [burst('get_order', 10)]),
    after: scenario('fixed: query on a thread', 'The same query sent to asyncio\'s default thread pool (6 threads on 2 cores).', [asyncRoute('get_order', [{ to_thread: [query], pool: 'executor', label: 'await asyncio.to_thread(fetch_order, …)' }])], [burst('get_order', 10)]),
  },
  view: 'requests', // queries one after another against side by side
  takeaway: 'Never run a sync database driver on the loop: send it to a thread or use an async driver.',
  chef: 'The chef who waits at the oven for every roast serves ten tables in ten rounds; six helper cooks watching six ovens serve them in two.',
  claims: [
    ms('wrong-last', 'before', endOf(9), 1004),
    ms('wrong-blocked', 'before', { kind: 'loopBlocked' }, 1000),
    count('fixed-threads', 'after', { kind: 'peakThreads' }, 6),
    ms('fixed-sixth', 'after', endOf(5), 104),
    ms('fixed-last', 'after', endOf(9), 203),
    times('speedup', 'wrong-last', 'fixed-last', 4.9),
  ],
  facts: [
    fact('the blocking query holds the loop for all ten requests', 'wrong-blocked', '=', 1000),
    fact('the fix runs six queries at once on the default executor: the sixth ends within 5 ms of one query', 'fixed-sixth', '<=', 105),
    fact('the fixed version ends the tenth request about five times sooner', 'speedup', '>=', 4.5),
  ],
};

// Pitfall 2: 100 requests at once, each 300 ms on an external API, with requests in def.
const API_MS = 300;

export const poolSaturation: Lesson = {
  id: 'pitfall-2-requests-in-def-under-load',
  kind: 'pitfall',
  title: 'Pitfall 2 · requests in a def route under heavy load',
  summary: 'Each waiting `def` request holds one of only 40 threads; the 41st waits for a free one.',
  body: [
    'A `def` route that calls an API with `requests` works well, until the load grows. Each request holds a pool thread for the whole 300 ms call, and AnyIO lends out only {peak-threads} at a time.',
    'First chart: 100 requests arrive together. The first 40 end at {wrong-first}, the next 40 at {wrong-41st}, the last 20 at {wrong-last}. Some requests spend {wrong-token-wait} just waiting for a thread. p95 is {wrong-p95}.',
    'Second chart: `async def` with `httpx.AsyncClient`. An awaiting request holds no thread, so all 100 calls overlap and p95 is {fixed-p95}, {ratio} better.',
    'You could raise the limit instead (`anyio.to_thread.current_default_thread_limiter().total_tokens = 200`), but threads cost memory, and the next spike finds the new ceiling. The async client has no ceiling to find.',
  ],
  code: { wrong: requestsWrong, fixed: requestsFixed },
  scenarios: {
    before: scenario('wrong: def + requests', '100 requests at once; a def route calls an API (300 ms) with requests.', [syncRoute('get_quote', [{ blocking_io: API_MS, label: 'requests.get(url)' }])], [burst('get_quote', 100)]),
    after: scenario('fixed: async def + httpx', 'The same 100 requests; the route awaits httpx.AsyncClient.', [asyncRoute('get_quote', [{ await_io: API_MS, label: 'await client.get(url)' }])], [burst('get_quote', 100)]),
  },
  view: 'requests', // awaited calls hold no lane, and the 40-request waves show per request
  takeaway: 'Under load, a `def` route that waits on the network is capped by the 40-thread pool; an awaited async client is not.',
  chef: 'Forty helper cooks each stand at an oven for their ticket, so the forty-first ticket waits for a free cook, while one chef could have had all hundred dishes in the oven at once.',
  claims: [
    count('peak-threads', 'before', { kind: 'peakThreads' }, 40),
    ms('wrong-first', 'before', endOf(0), 318),
    ms('wrong-41st', 'before', nthFinished(41), 626),
    ms('wrong-last', 'before', nthFinished(100), 936),
    ms('wrong-token-wait', 'before', { kind: 'maxStateTime', state: 'token_wait' }, 612),
    ms('wrong-p95', 'before', p95(), 935),
    ms('fixed-p95', 'after', p95(), 317),
    times('ratio', 'wrong-p95', 'fixed-p95', 2.9),
  ],
  facts: [
    fact('the sync version saturates the 40-token pool', 'peak-threads', '=', 40),
    fact('the sync version’s p95 is nearly three times the async one’s', 'ratio', '>=', 2.5),
  ],
};

// Pitfall 3: four 200 ms computations in async def on 4 cores, then in a ProcessPoolExecutor.
const render = { cpu: 200, label: 'render_heatmap(data)' };

export const cpuInAsync: Lesson = {
  id: 'pitfall-3-cpu-in-async',
  kind: 'pitfall',
  title: 'Pitfall 3 · CPU-heavy work in async def, expecting parallelism',
  summary: 'Computing in `async def` runs one request at a time on one core; a process pool uses them all.',
  body: [
    'Rendering, parsing big files, image work: pure Python computing. In `async def` it runs on the loop, so four requests compute one after another on one core, while the other three cores idle. The last ends at {wrong-last}.',
    'A thread would not help: threads of one process share one GIL, so only one computes at a time. A **process** has its own interpreter and its own GIL.',
    '`await loop.run_in_executor(pool, fn, ...)` with a `ProcessPoolExecutor` sends the work to another process and awaits it. The loop stays free, the four renders run on {fixed-cores} cores at once, and all end at {fixed-last}.',
    'The model leaves out the cost of sending arguments and results between processes (pickling). Keep the work big and the data small.',
  ],
  code: { wrong: cpuWrong, fixed: cpuFixed },
  scenarios: {
    before: scenario('wrong: CPU in async def', 'Four requests, 200 ms of CPU each, inside async def; 4 cores.', [asyncRoute('heatmap', [render])], [burst('heatmap', 4)], { cores: 4 }),
    after: scenario('fixed: ProcessPoolExecutor', 'The same work through a ProcessPoolExecutor (one process per core).', [asyncRoute('heatmap', [{ to_process: [render], label: 'await loop.run_in_executor(pool, …)' }])], [burst('heatmap', 4)], { cores: 4 }),
  },
  view: 'resources', // the loop computing alone against the process pool's lanes
  takeaway: 'For parallel computing, send the work to a `ProcessPoolExecutor` (or run more workers); `async def` alone uses one core.',
  chef: 'One chef chops four orders in a row; hand the chopping to cooks in other kitchens, each with a knife of their own, and all four orders are ready at once.',
  claims: [
    count('wrong-cores', 'before', { kind: 'coresUsed' }, 1),
    ms('wrong-last', 'before', endOf(3), 801),
    count('fixed-cores', 'after', { kind: 'coresUsed' }, 4),
    ms('fixed-last', 'after', endOf(3), 201),
    times('speedup', 'wrong-last', 'fixed-last', 4),
  ],
  facts: [
    fact('CPU work in async def uses one core however many there are', 'wrong-cores', '=', 1),
    fact('the process pool computes on all four cores at once', 'fixed-cores', '=', 4),
  ],
};
