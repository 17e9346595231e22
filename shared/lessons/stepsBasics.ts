/**
 * Steps 1–3 of the six: what `def` and `async def` do with a wait, and where async stops
 * helping. Each chart pair is the smallest scenario that shows the point on screen.
 */
import type { Lesson } from './types';
import { asyncRoute, burst, count, endOf, fact, nthFinished, maxLatency, ms, p50, scenario, syncRoute, times } from './build';

// Step 1: five requests waiting 200 ms each; one thread vs FastAPI's 40-thread pool.
const fetchOrder = { blocking_io: 200, label: 'cursor.execute("SELECT …")' };

export const syncBasics: Lesson = {
  id: 'step-1-sync-basics',
  kind: 'step',
  title: 'Step 1 · Sync basics: a def route waits',
  summary: 'A `def` route holds its thread for the whole time it waits.',
  body: [
    'A request comes in. Your `def get_order()` asks the database for a row and waits 200 ms for the answer. While it waits, the thread running it does nothing else. It just waits.',
    'First chart: a server with a single thread. Five requests arrive together, so they take turns. The first ends at {one-first}, the fifth at {one-fifth}.',
    'FastAPI does better. It runs every `def` route on a thread from a pool of 40 (AnyIO\'s default). Each waiting request holds its own thread, so up to 40 requests can wait side by side.',
    'The rule: with `def`, the number of requests that can wait at once is the number of threads. Keep that in mind for pitfall 2.',
  ],
  question: {
    prompt: 'FastAPI gives `def` routes a pool of 40 threads. Five requests arrive together. When does the fifth one finish?',
    choices: ['At {pool-fifth}, like the first one: each waits on its own thread', 'At {one-fifth}, one after another, as in the first chart', 'At 40 ms: the pool splits the work 40 ways'],
    answer: 0,
    why: 'Each request gets its own pool thread, and a waiting thread does not hold up the others. The second chart shows {pool-threads} thread lanes waiting together; all five end at {pool-fifth}.',
    proof: [fact('with the 40-thread pool the fifth request ends within 5 ms of the first', 'pool-fifth', '<=', 205)],
  },
  scenarios: {
    before: scenario('def route, one thread', 'A def route waiting 200 ms on the database; the server has one thread.', [syncRoute('get_order', [fetchOrder])], [burst('get_order', 5)], { threadpoolTokens: 1 }),
    after: scenario('def route, 40-thread pool', 'The same def route with AnyIO\'s default 40 threads.', [syncRoute('get_order', [fetchOrder])], [burst('get_order', 5)]),
  },
  view: 'resources', // the point is the thread lanes: one thread, then one per waiting request
  takeaway: 'A `def` route blocks its thread while it waits, so the number of threads caps how many requests can wait at once.',
  chef: 'A helper cook who puts a dish in the oven stands there until it is done: with one helper the fifth ticket waits for four dishes, with forty helpers all five bake at once.',
  claims: [
    ms('one-first', 'before', endOf(0), 202),
    ms('one-fifth', 'before', nthFinished(5), 1004),
    ms('pool-first', 'after', endOf(0), 202),
    ms('pool-fifth', 'after', endOf(4), 202),
    count('pool-threads', 'after', { kind: 'peakThreads' }, 5),
    times('slowdown', 'one-fifth', 'pool-fifth', 5),
  ],
  facts: [
    fact('with one thread, five waits run one after another', 'one-fifth', '>=', 1000),
    fact('the pool runs one thread per waiting request', 'pool-threads', '=', 5),
  ],
};

// Step 2: the same ten waits, as def (ten threads) and as async def (no pool thread).
export const asyncBasics: Lesson = {
  id: 'step-2-async-basics',
  kind: 'step',
  title: 'Step 2 · Async basics: await lets the loop serve others',
  summary: 'An `async def` route lets go of the thread while it awaits, so one thread serves many waiting requests.',
  body: [
    'An `async def` route runs on the **event loop**: one thread per worker process that takes turns running your requests.',
    'When a request reaches `await client.get(...)`, it is parked until the answer comes back, and the loop moves straight on to the next request. Nobody stands and waits.',
    'First chart: the `def` version. Ten requests, each waiting 200 ms on an API, use {def-threads} pool threads: one per waiting request.',
    'Second chart: `async def` with `httpx.AsyncClient`. The same ten waits overlap on the loop, with {async-threads} pool threads.',
  ],
  question: {
    prompt: 'Ten requests each await a 200 ms API call in an `async def` route. The event loop is a single thread. When does the tenth request finish?',
    choices: ['At 2,000 ms: one thread, one request at a time', 'At 400 ms: the loop handles two at a time', 'At {async-tenth}: all ten wait at the same time'],
    answer: 2,
    why: 'Awaiting is not working. The loop starts a wait, parks that request, and starts the next one in no time, so all ten waits run side by side and the tenth ends at {async-tenth}.',
    proof: [fact('ten awaited calls overlap: the tenth ends within 5 ms of a lone one (200 ms)', 'async-tenth', '<=', 205)],
  },
  scenarios: {
    before: scenario('def route (requests)', 'Ten requests to a def route that calls an API (200 ms) with requests.', [syncRoute('get_weather', [{ blocking_io: 200, label: 'requests.get(url)' }])], [burst('get_weather', 10)]),
    after: scenario('async def route (httpx)', 'The same ten requests; the route awaits httpx.AsyncClient.', [asyncRoute('get_weather', [{ await_io: 200, label: 'await client.get(url)' }])], [burst('get_weather', 10)]),
  },
  view: 'requests', // awaited waits hold no lane: only the requests view shows the ten waits side by side
  takeaway: '`await` frees the loop during a wait, so one thread can keep many requests waiting at once.',
  chef: 'The chef slides a dish into the oven and takes the next ticket right away: ten dishes bake together while one chef tends them all.',
  claims: [
    count('def-threads', 'before', { kind: 'peakThreads' }, 10),
    ms('def-tenth', 'before', endOf(9), 204),
    count('async-threads', 'after', { kind: 'peakThreads' }, 0),
    ms('async-tenth', 'after', endOf(9), 202),
  ],
  facts: [
    fact('async needs no pool thread to wait', 'async-threads', '=', 0),
    fact('def needs one pool thread per waiting request', 'def-threads', '=', 10),
  ],
};

// Step 3: two PDFs (100 ms of CPU) then five quick lookups; async makes the lookups wait.
const report = { cpu: 100, label: 'render_pdf(rows)' };
const loadMixed = [burst('report', 2), burst('lookup', 5, 10, 10)];

export const whenAsyncHelps: Lesson = {
  id: 'step-3-when-async-helps',
  kind: 'step',
  title: 'Step 3 · When async helps (and when it does not)',
  summary: 'Async speeds up waiting, not computing.',
  body: [
    'Async helps with one thing: **waiting**. While a request waits for a database, an API or a disk, the loop serves someone else.',
    'It does nothing for **computing**. A `cpu` step in `async def` runs on the loop itself, and while it runs there is no `await`, so the loop cannot switch.',
    'First chart (`def`): the PDFs compute on pool threads. But a Python process runs only one thread at a time: a thread must hold the **GIL** (CPython\'s global lock) to run Python, and the two computing threads pass it to each other every 5 ms. The lookups have threads of their own, yet to start, to finish and to be answered they need the GIL too, and they keep losing it to the computing threads (the guide on 10 ms of CPU in `def` routes goes further). Even the event loop waits for it: that is why its lane says **loop blocked**, though none of your code runs there. The slowest lookup takes {def-lookup-max}.',
    'Second chart (`async def`): the loop renders PDF after PDF, blocked for {async-blocked}. The lookups wait in line; the slowest takes {async-lookup-max}: about the same as with `def`.',
    'So: async for waiting on external services, `def` for libraries that block. Heavy computing stalls quick requests either way: move it to a process pool (pitfall 3). Async also adds complexity, so use it where it pays.',
  ],
  question: {
    prompt: 'Is async always better? Two requests render a PDF (100 ms of computing) and five quick database lookups arrive just after. Rewrite both routes as `async def`, with an async database driver. What happens to the lookups?',
    choices: ['Much faster: async is always better', 'About the same: the computing holds them up either way', 'They slip in between the PDFs and get much faster'],
    answer: 1,
    why: 'As `async def`, computing never reaches an `await`, so the loop cannot serve the lookups until both PDFs are done. As `def`, the two computing threads keep the GIL from the lookups and the loop. The slowest lookup: {def-lookup-max} as `def`, {async-lookup-max} as `async def`.',
    proof: [fact('computing holds quick requests up about as long in def as in async def', 'ratio', '>=', 0.7), fact('…and no more than half as long again', 'ratio', '<=', 1.5)],
  },
  scenarios: {
    before: scenario('def routes', 'Two PDF renders (100 ms CPU) and five lookups (20 ms of database).', [syncRoute('report', [report]), syncRoute('lookup', [{ blocking_io: 20, label: 'cursor.execute(…)' }])], loadMixed),
    after: scenario('async def routes', 'The same app with async def routes and an async database driver.', [asyncRoute('report', [report]), asyncRoute('lookup', [{ await_io: 20, label: 'await conn.fetchrow(…)' }])], loadMixed),
  },
  view: 'requests', // the lookups' waits behind the PDFs
  takeaway: 'Use `async def` for waiting, and move heavy computing to a process pool: it stalls quick requests in `async def` (on the loop) and in `def` (through the GIL) alike.',
  chef: 'Chopping is work the chef must do with his own hands: while he dices for two big orders the quick tickets pile up, and helper cooks do not save them, as the two cooks dicing keep passing the one knife to each other.',
  claims: [
    ms('def-lookup-max', 'before', maxLatency('lookup'), 236),
    ms('async-lookup-max', 'after', maxLatency('lookup'), 211),
    ms('async-lookup-p50', 'after', p50('lookup'), 191),
    ms('async-blocked', 'after', { kind: 'loopBlocked' }, 200),
    times('ratio', 'async-lookup-max', 'def-lookup-max', 0.9),
  ],
  facts: [
    fact('a quick lookup waits about as long behind def computing as behind async computing', 'ratio', '>=', 0.7),
    fact('the loop is blocked for the whole 200 ms of rendering', 'async-blocked', '=', 200),
  ],
};
