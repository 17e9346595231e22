/**
 * The four myths. Each states the belief, lets the learner predict the second chart, and then
 * shows the engine's answer. Where the truth is subtler than the slogan, the text says so.
 */
import type { Lesson } from './types';
import { asyncRoute, burst, count, endOf, fact, maxLatency, ms, p50, scenario, syncRoute, times } from './build';

// Myth 1: four 50 ms computations, def vs async def: both need 200 ms of one core; def pays a little for GIL hand-overs.
const crunch = { cpu: 50, label: 'resize(image)' };

export const mythAlwaysFaster: Lesson = {
  id: 'myth-1-async-always-faster',
  kind: 'myth',
  title: 'Myth 1 · "Async is always faster"',
  summary: 'Async makes waiting overlap. It does not make computing any faster.',
  question: {
    prompt: 'Four requests each resize an image: 50 ms of pure computing. As `def` routes (first chart), the last one ends at {def-last}. As `async def`, when does the last one end?',
    choices: ['At about {async-last}: it is still {work} of computing on one core', 'Much sooner: async runs all four at once', 'Much later: async adds overhead'],
    answer: 0,
    why: 'There is no wait to overlap. One process computes one thing at a time (the GIL), whichever way you write the route, so {work} of work takes {work} at least. The async version even ends a little sooner ({async-last} against {def-last}): the def threads pay for handing the GIL to each other.',
    proof: [
      fact('async def cannot finish CPU-only work before one core has done all of it', 'async-last', '>=', 'work'),
      fact('and the two versions end within a tenth of each other', 'overhead', '<=', 1.1),
    ],
  },
  body: [
    'Async is a way to **wait** well: while one request waits, the loop serves another. When nothing waits, there is nothing to overlap.',
    'Four requests of 50 ms computing need {work} of one core either way. Both charts end at about the same moment.',
    'It is more subtle than "the same": the order differs. The loop finishes requests one by one, so half of them are done by {async-p50}. The `def` threads take turns holding the GIL every 5 ms, so all four finish near the end (median {def-p50}); each hand-over of the GIL costs a little, so the `def` chart ends at {def-last}, not {work}. Neither does the work any faster.',
    'And async has costs the chart leaves out: every `await` is a little bookkeeping, and async code is harder to debug. Worth paying for waiting, not for computing.',
  ],
  scenarios: {
    before: scenario('def route', 'Four requests, 50 ms of CPU each, in a def route.', [syncRoute('thumbnail', [crunch])], [burst('thumbnail', 4)]),
    after: scenario('async def route', 'The same four requests in an async def route.', [asyncRoute('thumbnail', [crunch])], [burst('thumbnail', 4)]),
  },
  view: 'requests', // the order requests finish in: one by one on the loop, all near the end on threads
  takeaway: 'Async helps when requests wait; for pure computing it is not faster, only ordered differently.',
  chef: 'Four orders that are all chopping take the same time whether one chef chops them in turn or four cooks pass the one knife around.',
  claims: [
    ms('work', 'after', { kind: 'makespan' }, 201),
    ms('def-last', 'before', { kind: 'makespan' }, 223),
    ms('async-last', 'after', endOf(3), 201),
    ms('def-p50', 'before', p50(), 222),
    ms('async-p50', 'after', p50(), 101),
    times('overhead', 'def-last', 'async-last', 1.1),
  ],
  facts: [fact('async def is not faster at computing: def ends at most a tenth later', 'overhead', '<=', 1.1)],
};

// Myth 2: one "small" sync call (20 ms) among awaits holds up every request.
const query = { await_io: 100, label: 'await conn.fetch(…)' };

export const mythSyncIsFine: Lesson = {
  id: 'myth-2-sync-fine-in-async',
  kind: 'myth',
  title: 'Myth 2 · "Any sync function is fine inside an async route"',
  summary: 'A blocking call inside `async def` stops every request, not just its own.',
  question: {
    prompt: 'Each request reads a cache, then awaits a 100 ms query. Ten arrive together; with an async cache client they all end at {async-last}. Swap in a sync client (`redis.Redis().get`, 20 ms). When does the last one end?',
    choices: ['At {async-last}: 20 ms is tiny and it runs in parallel', 'About 20 ms later than before', 'At {sync-last}: each sync call freezes the loop for everyone'],
    answer: 2,
    why: 'A sync call runs on the loop, so ten of them run one after another: the loop is frozen for {sync-blocked}. No request can even be answered until that is over.',
    proof: [fact('ten small sync calls delay the last request far more than their own 20 ms', 'sync-last', '>', 'async-last')],
  },
  body: [
    'A sync call does not know it is inside `async def`. It simply runs on the thread it is given, and here that thread is the event loop.',
    'Second chart: ten 20 ms cache reads, back to back, freeze the loop for {sync-blocked}. The queries finished long ago, but their responses wait for the loop: half the requests take {sync-p50} instead of {async-last}, the last {sync-last}.',
    'Small blocking calls add up: 20 ms is nothing alone, but ten of them make the last request {slowdown} slower. Watch for sync clients hiding in libraries: `requests`, `redis.Redis`, `psycopg2`, `boto3`, plain file reads.',
  ],
  scenarios: {
    before: scenario('await redis.asyncio', 'Ten requests: await a cache read (20 ms), then await a query (100 ms).', [asyncRoute('product', [{ await_io: 20, label: 'await cache.get(key)' }, query])], [burst('product', 10)]),
    after: scenario('sync redis.Redis', 'The same route with a sync cache read (redis.Redis().get, 20 ms).', [asyncRoute('product', [{ blocking_io: 20, label: 'cache.get(key)' }, query])], [burst('product', 10)]),
  },
  view: 'requests', // awaited reads hold no lane: the resources view of the first chart is an empty loop
  takeaway: 'Inside `async def`, every blocking call blocks the whole worker; use an async client or move it to a thread.',
  chef: 'If the chef stands at the oven for even a minute per ticket, ten tickets keep every finished dish waiting on the pass.',
  claims: [
    ms('async-last', 'before', endOf(9), 122),
    ms('sync-last', 'after', endOf(9), 302),
    ms('sync-p50', 'after', p50(), 203),
    ms('sync-blocked', 'after', { kind: 'loopBlocked' }, 200),
    times('slowdown', 'sync-last', 'async-last', 2.5),
  ],
  facts: [fact('the loop is blocked for all ten sync calls in a row', 'sync-blocked', '=', 200)],
};

// Myth 3: the same time.sleep in def (pool threads) and in async def (the loop).
const sleepy = { blocking_io: 200, label: 'time.sleep(0.2)' };

export const mythEverythingAsync: Lesson = {
  id: 'myth-3-fastapi-makes-routes-async',
  kind: 'myth',
  title: 'Myth 3 · "FastAPI turns every route into async"',
  summary: '`def` routes run on pool threads; `async def` routes run on the event loop. The keyword decides.',
  question: {
    prompt: 'The first chart is a `def` route calling `time.sleep(0.2)`: five requests all end at {def-fifth}. Put `async` in front of `def` and change nothing else. When does the fifth end?',
    choices: ['At {def-fifth}: FastAPI made it async anyway', 'At {async-fifth}: it now runs on the loop and blocks it', 'Sooner: async is faster'],
    answer: 1,
    why: 'FastAPI does not rewrite your code. It sends a `def` route to its thread pool, and runs an `async def` route on the loop as written. There, `time.sleep` blocks the loop, five times in a row.',
    proof: [fact('the same blocking body is five times slower as async def', 'ratio', '=', 5)],
  },
  body: [
    'FastAPI looks at one thing: the keyword. `def` means "this may block": it runs on a pool thread ({def-lanes} thread lanes in the first chart). `async def` means "this only awaits": it runs on the event loop.',
    'So `async` is a promise you make, not a conversion FastAPI does. Break it with a blocking call and the fifth request ends at {async-fifth}.',
    'If your route body is sync, plain `def` is the safe choice. Add `async` only when everything slow inside it is awaited.',
  ],
  scenarios: {
    before: scenario('def route', 'A def route calling time.sleep(0.2); five requests at once.', [syncRoute('slow', [sleepy])], [burst('slow', 5)]),
    after: scenario('async def route', 'The same body with async in front of def.', [asyncRoute('slow', [sleepy])], [burst('slow', 5)]),
  },
  view: 'resources', // thread lanes against the blocked loop
  takeaway: '`def` routes run in a thread pool and `async def` routes on the loop; FastAPI never converts one into the other.',
  chef: 'Tickets marked "def" go to helper cooks; tickets marked "async" go to the chef himself, so a dish that needs someone standing at the oven should never be marked "async".',
  claims: [
    ms('def-fifth', 'before', endOf(4), 202),
    count('def-lanes', 'before', { kind: 'lanes', laneKind: 'anyio' }, 5),
    ms('async-fifth', 'after', endOf(4), 1002),
    times('ratio', 'async-fifth', 'def-fifth', 5),
  ],
  facts: [fact('a def route runs on pool threads, one per request', 'def-lanes', '=', 5)],
};

// Myth 4: four 100 ms computations on 4 cores: one async worker vs four workers.
const solve = asyncRoute('solve', [{ cpu: 100, label: 'solve(puzzle)' }]);
const spread = [burst('solve', 4, 0, 10)];

export const mythAllCores: Lesson = {
  id: 'myth-4-async-uses-all-cores',
  kind: 'myth',
  title: 'Myth 4 · "Async uses all my cores"',
  summary: 'One event loop is one thread on one core. Cores need processes.',
  question: {
    prompt: 'On 4 cores, one async worker runs four 100 ms computations; the slowest takes {one-max}. Start `uvicorn --workers 4` instead. How long does the slowest take now?',
    choices: ['Still {one-max}: async already used all four cores', '25 ms: each request is split over four cores', '{four-max}: four loops compute on four cores at once'],
    answer: 2,
    why: 'Each worker is a separate process with its own loop and its own GIL, so four can compute at the same time. A request is never split: each still takes {four-max}.',
    proof: [fact('four workers use four cores where one async worker uses one', 'four-cores', '>', 'one-cores')],
  },
  body: [
    'An event loop is one thread. Python runs one thread of a process at a time (the GIL). So one async worker computes on **one core**, however many the machine has.',
    'First chart: {one-cores} core busy, three idle, and the requests compute one after another; the slowest takes {one-max}.',
    'To use more cores, use more processes: `uvicorn --workers 4` (second chart: {four-cores} cores busy), or a `ProcessPoolExecutor` for the heavy part (pitfall 3). Threads help only for code that releases the GIL, like NumPy or I/O.',
  ],
  scenarios: {
    before: scenario('1 worker, 4 cores', 'Four 100 ms computations, 10 ms apart, on 4 cores with one worker.', [solve], spread, { cores: 4 }),
    after: scenario('4 workers, 4 cores', 'The same load with uvicorn --workers 4.', [solve], spread, { cores: 4, workers: 4 }),
  },
  view: 'resources', // one loop busy against four
  takeaway: 'One async worker uses one core; more cores need more worker processes.',
  chef: 'A kitchen has one chef, however big the building: his orders are chopped one at a time until you open more kitchens, each with its own chef and its own knife.',
  claims: [
    count('one-cores', 'before', { kind: 'coresUsed' }, 1),
    ms('one-max', 'before', maxLatency(), 371),
    count('four-cores', 'after', { kind: 'coresUsed' }, 4),
    ms('four-max', 'after', maxLatency(), 100),
  ],
  facts: [fact('a single async worker never uses more than one core of CPU', 'one-cores', '=', 1)],
};
