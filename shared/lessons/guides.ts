/**
 * The guides: when not to use async, production patterns, and the key takeaways (which end
 * with one last prediction, so the learner can test the mental model on a fresh scenario).
 */
import type { Lesson } from './types';
import { asyncRoute, burst, endOf, fact, maxLatency, ms, scenario, syncRoute, times } from './build';

// When not to use async: an app built on a sync ORM, as async def (frozen) and as def (fine).
const ormQuery = { blocking_io: 50, label: 'session.execute(select(…))' };

export const whenNotAsync: Lesson = {
  id: 'guide-when-not-to-use-async',
  kind: 'guide',
  title: 'When not to use async',
  summary: 'Blocking libraries, heavy computing or a team new to async: plain `def` is often the better choice.',
  body: [
    'Async pays off only when the slow parts of a route can be awaited. If your app is built on blocking libraries (a sync ORM, `requests`, `boto3`), `async def` gives you a frozen loop: in the first chart the tenth request ends at {async-last}.',
    'The same code as plain `def` routes: FastAPI runs them on its thread pool, the ten queries overlap, and all end at {def-last}. No async needed.',
    'Think twice, too, when the app mostly computes (step 3, pitfall 3), or when the team is new to async: one forgotten blocking call stalls every request, and async stack traces are harder to read. Sync code plus several worker processes is simpler, and at modest load just as fast.',
    'The limit of `def` is the pool: 40 threads per worker (pitfall 2). When you expect hundreds of requests waiting at once, async with async libraries is worth the effort.',
  ],
  scenarios: {
    before: scenario('async def, sync library', 'Ten requests; a sync SQLAlchemy query (50 ms) inside async def.', [asyncRoute('list_items', [ormQuery])], [burst('list_items', 10)]),
    after: scenario('plain def', 'The same code as a plain def route.', [syncRoute('list_items', [ormQuery])], [burst('list_items', 10)]),
  },
  view: 'requests', // the requests queueing behind the frozen loop
  takeaway: 'If the libraries you depend on block, write `def` routes and add workers; reach for async when you can await the slow parts.',
  chef: 'A kitchen whose ovens all need someone standing by is better run by helper cooks than by one chef pretending he can walk away.',
  claims: [
    ms('async-last', 'before', endOf(9), 504),
    ms('def-last', 'after', endOf(9), 54),
    times('ratio', 'async-last', 'def-last', 9.3),
  ],
  facts: [fact('with a blocking library, plain def serves ten requests about ten times sooner than async def', 'ratio', '>=', 9)],
};

// Production patterns: a naive all-async app on sync libraries vs the usual mix.
const traffic = [burst('user', 10, 0, 20), burst('report', 1, 50), burst('upload', 2, 30, 60)];

export const productionPatterns: Lesson = {
  id: 'guide-production-patterns',
  kind: 'guide',
  title: 'Production patterns',
  summary: 'Real apps mix: async for I/O, `def` for blocking libraries, processes for CPU, several workers.',
  body: [
    'First chart: everything is `async def`, on sync libraries, with a report computed on the loop. Every slow call blocks everyone: the slowest user lookup takes {naive-user-max}.',
    'Second chart, the usual mix. User lookups `await` an async driver. The upload stays a `def` route because `boto3` blocks. The report goes to a `ProcessPoolExecutor`. Two workers. The slowest lookup now takes {good-user-max}, and the loop is never blocked.',
    'Async clients for I/O: `httpx.AsyncClient`, `asyncpg` or SQLAlchemy\'s `AsyncSession`, `redis.asyncio`. Create them once in the lifespan and reuse them.',
    'Several workers: `uvicorn --workers N`, Gunicorn with Uvicorn workers, or Hypercorn; about one per core. In containers, often one worker per container and more containers.',
    'Then measure with realistic load (`locust`, `wrk`, `k6`) and watch p95, not the average.',
  ],
  scenarios: {
    before: scenario(
      'naive: everything async def',
      'Lookups with a sync driver, uploads with boto3, a 200 ms report: all inside async def, one worker.',
      [
        asyncRoute('user', [{ blocking_io: 30, label: 'cur.execute(…)' }]),
        asyncRoute('upload', [{ blocking_io: 80, label: 's3.upload_fileobj(…)' }]),
        asyncRoute('report', [{ cpu: 200, label: 'build_report()' }]),
      ],
      traffic,
    ),
    after: scenario(
      'async I/O, def for blocking, processes for CPU',
      'Lookups await asyncpg, uploads are def routes, the report runs in a process pool; two workers.',
      [
        asyncRoute('user', [{ await_io: 30, label: 'await conn.fetchrow(…)' }]),
        syncRoute('upload', [{ blocking_io: 80, label: 's3.upload_fileobj(…)' }]),
        asyncRoute('report', [{ to_process: [{ cpu: 200, label: 'build_report()' }], label: 'await loop.run_in_executor(pool, …)' }]),
      ],
      traffic,
      { workers: 2 },
    ),
  },
  view: 'resources', // which route runs where: loops, threads, processes
  takeaway: 'Pick per route: await what can be awaited, give blocking libraries to `def`, send heavy computing to processes, and run several workers.',
  chef: 'A good restaurant has its chefs juggle ovens, helper cooks for the jobs that need standing by, and big orders sent to other kitchens.',
  claims: [
    ms('naive-user-max', 'before', maxLatency('user'), 485),
    ms('good-user-max', 'after', maxLatency('user'), 30),
    ms('good-blocked', 'after', { kind: 'loopBlocked' }, 0),
    ms('good-report', 'after', maxLatency('report'), 200),
  ],
  facts: [
    fact('the mix keeps user lookups fast while the report computes', 'good-user-max', '<', 'naive-user-max'),
    fact('in the mix, no loop is ever blocked', 'good-blocked', '=', 0),
  ],
};

// Key takeaways, ending with a fresh prediction: 10 ms of CPU then a 100 ms await, five at once.
const mixedSteps = { cpu: 10, label: 'validate(payload)' };

export const keyTakeaways: Lesson = {
  id: 'guide-key-takeaways',
  kind: 'guide',
  title: 'Key takeaways',
  summary: 'Waiting overlaps, computing queues; choose `def` or `async def` by what your route does.',
  body: [
    'In `async def`, **waiting overlaps** (every `await`) and **computing queues** (every `cpu` step and every blocking call runs alone on the loop).',
    'A `def` route runs on a pool thread: up to 40 can wait at once per worker, and they take turns computing, because a process runs one thread of Python at a time (the GIL).',
    'One worker is one loop and one core for Python. More cores need more workers, or a process pool.',
    'Choose by workload: awaitable I/O → `async def`; blocking libraries → `def`; heavy computing → processes. Mixing needs care: nothing may block the loop.',
    'Last check: predict the second chart before you reveal it. If you get it right, you can predict both timelines of any scenario here.',
  ],
  question: {
    prompt: 'Five requests arrive together at an `async def` route that computes 10 ms and then awaits a 100 ms call. When does the fifth one end?',
    choices: ['At {async-fifth}: the computing queues, the waiting overlaps', 'At 110 ms, like the first: everything overlaps', 'At 550 ms: one request at a time'],
    answer: 0,
    why: 'The loop computes the five requests one after another, 10 ms each, and each await starts as soon as its computing ends. The fifth waits for four others\' computing, then its own, then 100 ms of I/O: it ends at {async-fifth}, the first at {async-first}.',
    proof: [fact('computing queues on the loop, waiting overlaps', 'async-fifth', '>=', 150)],
  },
  scenarios: {
    before: scenario('one request', 'A single request: 10 ms of CPU, then an awaited 100 ms call.', [asyncRoute('submit', [mixedSteps, { await_io: 100, label: 'await client.post(…)' }])], [burst('submit', 1)]),
    after: scenario('five requests', 'Five of the same requests arriving together.', [asyncRoute('submit', [mixedSteps, { await_io: 100, label: 'await client.post(…)' }])], [burst('submit', 5)]),
  },
  view: 'requests', // a lone request's wait holds no lane
  takeaway: 'Async handles many waiting requests on one thread; anything that computes or blocks takes the loop for itself, so choose by workload and keep the loop free.',
  chef: 'The chef chops each order himself, one at a time, but every dish bakes alongside the others: the last ticket is late by the chopping, not by the baking.',
  claims: [
    ms('alone', 'before', endOf(0), 110),
    ms('async-first', 'after', endOf(0), 110),
    ms('async-fifth', 'after', endOf(4), 151),
  ],
  facts: [fact('the first of five ends as early as a request alone', 'async-first', '=', 'alone')],
};
