/**
 * What each row and each legend item of a chart stands for, in one or two sentences: the
 * words a learner reads when pointing at "anyio thread 3" or "waiting for the GIL" without
 * having met either (the lessons explain them, but a student opening a scenario alone does not
 * start there). In kitchen words in chef mode, like the rest of the chart.
 */
import type { SegmentState } from '../engine/timeline';
import type { RowKind } from './layout';

const PLAIN_ROWS: Record<RowKind, string> = {
  loop: 'One thread per worker that runs every async def route and the server\'s own work, one piece at a time, switching to another request at each await. While it computes or sits in a blocking call, no other request on this worker moves.',
  anyio: 'One of the worker\'s pool threads (AnyIO\'s, up to 40 at once): each def route runs on one, and so does run_in_threadpool. A request that blocks here holds only its own thread.',
  executor: 'A thread of asyncio\'s default executor (asyncio.to_thread, loop.run_in_executor(None, …)): blocking work an async def route sent off the event loop.',
  process: 'A separate Python process of a ProcessPoolExecutor, with its own GIL: its CPU work runs at the same time as the worker\'s own threads.',
  request: 'One request, from its arrival to its response: each bar is what it was doing, or waiting for, at that moment.',
};

const CHEF_ROWS: Record<RowKind, string> = {
  loop: 'The one chef of this kitchen: takes every order and cooks the async dishes, one step at a time, turning to another order whenever a dish is in the oven. While the chef chops or stands at the oven, no other order moves.',
  anyio: 'A helper cook: each def order goes to one, so an order that stands waiting holds only its own helper.',
  executor: 'A helper cook the chef handed a slow step to, so the chef stays free.',
  process: 'A cook in another kitchen, with a knife of their own: chops at the same time as this kitchen.',
  request: 'One order ticket, from the moment it came in to the moment it went out: each bar is what it was doing, or waiting for, then.',
};

const PLAIN_STATES: Record<SegmentState, string> = {
  cpu: 'Running Python code. A thread must hold the GIL (CPython\'s lock) to do this, so one thread of a process computes at a time.',
  await_io: 'Waiting at an await (a database, an HTTP call, asyncio.sleep): the event loop is free to serve other requests meanwhile.',
  blocking_io: 'Waiting in a call that does not await (time.sleep, requests.get, a sync database driver): the thread that made it can do nothing else meanwhile.',
  gil_wait: 'Ready to run Python, but another thread holds the GIL: the lock CPython hands to one thread of a process at a time.',
  token_wait: 'Waiting for a free pool thread: all of them are busy with other requests.',
  loop_wait: 'Ready to go on, but the event loop is busy with something else.',
  process_wait: 'Waiting for a free process of the process pool.',
  server: 'The server\'s own work on the event loop for each request: reading it, sending the response, starting a pool.',
};

const CHEF_STATES: Record<SegmentState, string> = {
  cpu: 'Chopping. There is one knife per kitchen (the GIL), so one cook of a kitchen chops at a time.',
  await_io: 'The dish is in the oven and nobody has to watch it: the chef is free to take other orders.',
  blocking_io: 'Standing at the oven, watching it: that cook can do nothing else meanwhile.',
  gil_wait: 'Ready to chop, but another cook of this kitchen has the knife.',
  token_wait: 'Waiting for a free helper cook: all of them are busy.',
  loop_wait: 'Ready to go on, but the chef is busy with something else.',
  process_wait: 'Waiting for a free cook in another kitchen.',
  server: 'The chef taking the order and handing out the dish.',
};

const BLOCKED = {
  plain: 'The event loop was not free: it was running code or sitting in a blocking call, so every other request on this worker had to wait.',
  chef: 'The chef was busy chopping or standing at the oven, so every other order in this kitchen had to wait.',
};

export function rowMeaning(kind: RowKind, chef: boolean): string {
  return (chef ? CHEF_ROWS : PLAIN_ROWS)[kind];
}

/** A legend item's meaning: a state, or the blocked-loop band ('blocked'). */
export function legendMeaning(item: SegmentState | 'blocked', chef: boolean): string {
  if (item === 'blocked') return chef ? BLOCKED.chef : BLOCKED.plain;
  return (chef ? CHEF_STATES : PLAIN_STATES)[item];
}
