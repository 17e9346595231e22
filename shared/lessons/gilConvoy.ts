/**
 * A guide to the GIL convoy: why a little CPU in `def` routes makes the slowest request far slower. The real
 * CPython GIL is not first come, first served (docs/model.md#gil): threads that compute keep
 * handing it to each other, and the thread that wants it for a moment — a request's own thread
 * finishing, the event loop answering — waits for many intervals.
 */
import type { Lesson } from './types';
import { burst, fact, maxLatency, ms, p50, scenario, syncRoute, times } from './build';

const query = { blocking_io: 50, label: 'cursor.execute(…)' };
const load = [burst('orders', 20, 0, 5)];

export const gilConvoy: Lesson = {
  id: 'guide-gil-convoy',
  kind: 'guide',
  title: 'Why 10 ms of CPU in def routes makes the slowest request far slower',
  summary: 'A little CPU in many `def` threads turns the GIL into a convoy: requests finish in bursts, and the slowest waits far longer than its own work.',
  body: [
    'Twenty `def` requests, one every 5 ms, each waits 50 ms on the database. First chart: the threads overlap, and the slowest request takes {io-max}.',
    'Second chart: the same route also computes for 10 ms after the query (building the response, say). Each request does 10 ms more work, so you might expect the slowest to take about 10 ms more. It takes {cpu-max}: {ratio} as long.',
    'The GIL is to blame: the lock a thread must hold to run Python, so one thread of a process computes at a time. And CPython does not hand it out first come, first served: threads that compute take turns, 5 ms each (the switch interval), while a thread that needs it only for a moment asks for it only if no other thread took it during the last 5 ms. With several threads computing, the GIL keeps passing between them, and the thread that needs it for a moment waits and waits: in the second chart one request waited {cpu-gil-wait} in all for the GIL.',
    'The event loop needs the GIL too, to read new requests and to send each response. Look at its lane: it says **loop blocked**, not because your code runs there, but because the loop waits for the GIL while the threads compute. So finished requests are answered late, several at once. The median request takes {cpu-p50} against {io-p50}.',
    'How to read the second chart: a **CPU** bar is a thread computing (it holds the GIL); a crosshatched **waiting for the GIL** bar is a thread, or the loop, waiting for it. What helps: move the computing out of the process (a `ProcessPoolExecutor`, pitfall 3), make it small, or run more worker processes so fewer threads share each GIL.',
  ],
  question: {
    prompt: 'Twenty `def` requests, one every 5 ms, each waits 50 ms on the database. You add 10 ms of CPU after the query. What happens to the slowest request?',
    choices: ['It is about 10 ms slower, the CPU it added', 'It is twice as slow or worse', 'It is faster: the threads keep the cores busy'],
    answer: 1,
    why: 'The threads that compute hand the GIL to each other; the threads that only need it for a moment, and the event loop that answers, wait through many of those turns of 5 ms. The slowest request goes from {io-max} to {cpu-max}: {ratio} as long.',
    proof: [fact('10 ms of CPU per request at least doubles the slowest request', 'ratio', '>=', 2)],
  },
  scenarios: {
    before: scenario('def route, database only', 'Twenty def requests, one every 5 ms, each waiting 50 ms on the database.', [syncRoute('orders', [query])], load),
    after: scenario('def route, database then 10 ms of CPU', 'The same requests; each route also computes for 10 ms after its query.', [syncRoute('orders', [query, { cpu: 10, label: 'build_response(rows)' }])], load),
  },
  view: 'resources', // the thread lanes and the loop waiting for the GIL
  takeaway: 'Move CPU work out of busy `def` routes into a process pool (or spread it over more workers): a few milliseconds of it per request make the slowest requests wait many times longer than the CPU you added.',
  chef: 'Twenty helper cooks share one knife: each needs it for a few cuts after the oven, the ones cutting keep passing it among themselves, and the chef, who needs it to plate, waits with the finished dishes.',
  claims: [
    ms('io-max', 'before', maxLatency(), 51),
    ms('io-p50', 'before', p50(), 51),
    ms('cpu-max', 'after', maxLatency(), 267),
    ms('cpu-p50', 'after', p50(), 165),
    ms('cpu-gil-wait', 'after', { kind: 'maxStateTime', state: 'gil_wait' }, 93),
    times('ratio', 'cpu-max', 'io-max', 5.2),
  ],
  facts: [
    fact('the slowest request waits far longer than the 10 ms of CPU it added', 'cpu-max', '>', 'io-max'),
    fact('a request waits longer for the GIL than its own 10 ms of CPU', 'cpu-gil-wait', '>', 10),
  ],
};
