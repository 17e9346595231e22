/**
 * Steps 4–6 of the six: sync code inside async routes, what the loop really is (one thread,
 * not one per task), and what scales in production.
 */
import type { AsyncStep, SyncStep } from '../scenario/types';
import type { Lesson } from './types';
import { asyncRoute, burst, count, endOf, fact, ms, p95, scenario, syncRoute, times } from './build';

// Step 4: requests.get straight in async def, then moved to a thread with asyncio.to_thread.
export const mixingSafely: Lesson = {
  id: 'step-4-mixing-safely',
  kind: 'step',
  title: 'Step 4 · Mixing safely: sync code inside async routes',
  summary: 'Sync code may run from `async def`, but only on a thread, never on the loop.',
  body: [
    'Yes, you can call sync code from an async route. What matters is **where** it runs.',
    'Called directly, a blocking call like `requests.get` or `time.sleep` blocks the event loop itself. Nothing else runs: no other request, not even accepting a new one. In the first chart the loop is blocked for {wrong-blocked} in total.',
    '`await asyncio.to_thread(fn, ...)` (or `loop.run_in_executor(None, fn, ...)`) runs the call on a thread and awaits it. The loop stays free; the five waits overlap on {fixed-threads} threads.',
    'A `def` route gets this for free: FastAPI runs it in its thread pool. The danger is only sync code called straight from `async def`. Even better than a thread: an async library such as `httpx.AsyncClient`, which needs none.',
  ],
  question: {
    prompt: 'The first chart calls `requests.get` (200 ms) straight inside `async def`; the fifth request ends at {wrong-fifth}. Wrap the call in `await asyncio.to_thread(...)`. When does the fifth end now?',
    choices: ['At {fixed-fifth}: the wait moved to a thread and the loop is free', 'Still at {wrong-fifth}: it is the same sync code', 'It fails: sync code cannot run in an async route'],
    answer: 0,
    why: 'The blocking call now waits on a thread, and the loop only awaits it, which costs nothing. The five calls overlap and the fifth ends at {fixed-fifth}, {speedup} sooner.',
    proof: [fact('moving the blocking call to a thread lets five requests overlap', 'fixed-fifth', '<', 'wrong-fifth')],
  },
  scenarios: {
    before: scenario('async def, blocking call', 'A blocking HTTP call made directly inside async def, five requests at once.', [asyncRoute('get_rates', [{ blocking_io: 200, label: 'requests.get(url)' }])], [burst('get_rates', 5)]),
    after: scenario('async def, call on a thread', 'The same call wrapped in await asyncio.to_thread(requests.get, url).', [asyncRoute('get_rates', [{ to_thread: [{ blocking_io: 200, label: 'requests.get(url)' }], pool: 'executor', label: 'await asyncio.to_thread(…)' }])], [burst('get_rates', 5)]),
  },
  view: 'requests', // when each request ends, one after another or together
  takeaway: 'In `async def`, a blocking call must go to a thread (or be replaced by an async library), or it freezes the whole app.',
  chef: 'If the chef himself stands at the oven every ticket waits; handing the dish to a helper cook keeps the chef taking orders.',
  claims: [
    ms('wrong-fifth', 'before', endOf(4), 1002),
    ms('wrong-blocked', 'before', { kind: 'loopBlocked' }, 1000),
    ms('fixed-fifth', 'after', endOf(4), 203),
    count('fixed-threads', 'after', { kind: 'peakThreads' }, 5),
    times('speedup', 'wrong-fifth', 'fixed-fifth', 4.9),
  ],
  facts: [
    fact('a blocking call in async def runs the five requests one after another', 'wrong-fifth', '>=', 1000),
    fact('the blocking call holds the loop for every request in turn', 'wrong-blocked', '=', 1000),
  ],
};

// Step 5: the same ten requests as def (ten threads) and as async def (one loop thread).
const work = <S extends AsyncStep>(wait: S): (S | SyncStep)[] => [{ cpu: 2, label: 'parse + validate' }, wait, { cpu: 2, label: 'build response' }];

export const internals: Lesson = {
  id: 'step-5-internals',
  kind: 'step',
  title: 'Step 5 · Internals: one loop, one thread, many tasks',
  summary: 'Async does not create a thread per request: one loop switches between tasks at each `await`.',
  body: [
    'No. Each worker process has **one** event loop on **one** thread. Each `async def` request is a task on that loop, not a thread.',
    'The loop runs one task until it reaches an `await`, then picks the next ready task. This is cooperative: a task only hands the loop back at an `await`.',
    'First chart (`def`): ten requests use {def-threads} pool threads. Second chart: {async-lanes} lane, the loop, and {async-threads} pool threads.',
    'Look closely at the loop lane: the 2 ms bits of computing run one after another, never at the same time. So the first request ends at {async-first} and the tenth at {async-tenth}: it waited its turn for the loop.',
    'The flip side, from step 3: a task that computes for long without an `await` keeps the loop to itself the whole time.',
  ],
  question: {
    prompt: 'Does async create a thread per task? Ten `async def` requests each compute 2 ms, await 100 ms, then compute 2 ms. How many threads run them?',
    choices: ['Ten: one per task', 'One: the event loop, switching at each await', 'Forty: the whole thread pool'],
    answer: 1,
    why: 'All ten tasks live on the one loop thread. While one is parked at its `await`, the loop runs another. The second chart has {async-lanes} lane and uses {async-threads} pool threads.',
    proof: [
      fact('ten async requests run on one lane, the loop', 'async-lanes', '=', 1),
      fact('async requests use no pool thread', 'async-threads', '=', 0),
    ],
  },
  scenarios: {
    before: scenario('def route', 'Ten def requests: 2 ms CPU, 100 ms database, 2 ms CPU.', [syncRoute('profile', work({ blocking_io: 100, label: 'cursor.execute(…)' }))], [burst('profile', 10)]),
    after: scenario('async def route', 'Ten async def requests: 2 ms CPU, await 100 ms, 2 ms CPU.', [asyncRoute('profile', work({ await_io: 100, label: 'await conn.fetchrow(…)' }))], [burst('profile', 10)]),
  },
  view: 'resources', // how many lanes: ten threads against one loop
  takeaway: 'Async is one thread per worker taking turns at each `await`, not a thread per request.',
  chef: 'One chef works every ticket in turn, switching whenever a dish goes into the oven; he never hires a cook per ticket.',
  claims: [
    count('def-threads', 'before', { kind: 'peakThreads' }, 10),
    count('async-lanes', 'after', { kind: 'lanes' }, 1),
    count('async-threads', 'after', { kind: 'peakThreads' }, 0),
    ms('async-first', 'after', endOf(0), 104),
    ms('async-tenth', 'after', endOf(9), 124),
  ],
  facts: [fact('the loop runs the tasks’ computing one after another', 'async-tenth', '>', 'async-first')],
};

// Step 6: 30 ms CPU + 50 ms await, one request every 10 ms, 4 cores: one worker vs four.
const scoreRoute = asyncRoute('score', [
  { cpu: 30, label: 'model.predict(features)' },
  { await_io: 50, label: 'await db.save(result)' },
]);
const steadyLoad = [burst('score', 20, 0, 10)];

export const production: Lesson = {
  id: 'step-6-production',
  kind: 'step',
  title: 'Step 6 · Production: what scales',
  summary: 'Async scales waiting; computing needs more worker processes.',
  body: [
    'Async scales **waiting**: one loop can keep thousands of requests waiting at once. It does not scale computing.',
    'Here each request computes for 30 ms and one arrives every 10 ms: three cores\' worth of work. One worker is one loop on one core ({before-cores} core busy in the first chart), so requests queue up and p95 reaches {before-p95}.',
    'Four workers (`uvicorn --workers 4`) are four processes, each with its own loop, thread pool and GIL. The work spreads over {after-workers} of them and p95 falls to {after-p95}.',
    'It is more subtle than "add workers": requests that arrive at the same instant all land on the same worker, because the first free loop accepts them all. Workers help when load is spread out in time, as real traffic usually is.',
    'In production: I/O-bound routes as `async def`; CPU-heavy routes or blocking libraries as `def` routes or in a process pool; several workers for the CPU. Then measure with your own load before you settle.',
  ],
  question: {
    prompt: 'Does async always scale better? One async worker falls behind in the first chart. Start `uvicorn --workers 4` on the same 4 cores. What happens to p95?',
    choices: ['Nothing: async already uses every core', 'It drops to {after-p95}: each worker brings its own loop on its own core', 'It gets worse: more processes, more overhead'],
    answer: 1,
    why: 'One loop can only compute one request at a time. Four workers compute in parallel on separate cores, so p95 drops from {before-p95} to {after-p95} ({gain} better).',
    proof: [fact('four workers cut p95 when the work is CPU-bound', 'after-p95', '<', 'before-p95')],
  },
  scenarios: {
    before: scenario('async def, 1 worker', '20 requests, one every 10 ms, each 30 ms CPU + 50 ms await; 4 cores, 1 worker.', [scoreRoute], steadyLoad, { cores: 4 }),
    after: scenario('async def, 4 workers', 'The same load with uvicorn --workers 4.', [scoreRoute], steadyLoad, { cores: 4, workers: 4 }),
  },
  view: 'resources', // one busy loop against four, one per worker
  takeaway: 'Async scales waiting and processes scale computing: measure your workload, then choose.',
  chef: 'One chef can watch many ovens but chops one thing at a time; when chopping is the bottleneck, open more kitchens.',
  claims: [
    count('before-cores', 'before', { kind: 'coresUsed' }, 1),
    ms('before-p95', 'before', p95(), 486),
    count('after-workers', 'after', { kind: 'workersUsed' }, 4),
    ms('after-p95', 'after', p95(), 110),
    times('gain', 'before-p95', 'after-p95', 4.4),
  ],
  facts: [
    fact('one async worker never uses more than one core', 'before-cores', '=', 1),
    fact('more workers spread the requests over several processes', 'after-workers', '>', 1),
  ],
};
