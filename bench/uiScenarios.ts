/**
 * The scenarios `npm run bench:ui` edits, as documents (what a file would hold), and the edits
 * it makes to them: shared with the timeline digest (scripts/timelineDigest.ts), whose
 * benchmark-sized cases are these heavy edits, where the GIL's timed waits are most of the work.
 */

/** An I/O-bound async route with a little CPU: every lane kind busy, nothing degenerate. */
export function asyncBenchDocument(requests: number) {
  return {
    name: `bench ${requests}`,
    server: { cores: 4, workers: 2 },
    routes: [{ name: 'api', kind: 'async', steps: [{ cpu: 1 }, { await_io: 40 }, { to_thread: [{ blocking_io: 5 }], pool: 'executor' }, { cpu: 0.5 }] as object[] }],
    requests: [{ route: 'api', at: 0, count: requests, every: 2 }],
  };
}

/**
 * def and async def routes side by side, one request every 2 ms in turn: the def route's
 * threads and both loops share each worker's GIL.
 */
export function mixedBenchDocument(requests: number) {
  return {
    name: `mixed ${requests}`,
    server: { cores: 4, workers: 2 },
    routes: [
      { name: 'api', kind: 'async', steps: [{ cpu: 1 }, { await_io: 40 }, { cpu: 0.5 }] as object[] },
      { name: 'report', kind: 'sync', steps: [{ blocking_io: 20 }, { cpu: 2 }] as object[] },
    ],
    requests: [
      { route: 'api', at: 0, count: Math.ceil(requests / 2), every: 4 },
      { route: 'report', at: 2, count: Math.floor(requests / 2), every: 4 },
    ],
  };
}

/** A document with `step` added at the end of route `route`: what the editor's "Add …" buttons make. */
export function withStep<T extends { routes: { steps: object[] }[] }>(doc: T, route: number, step: object): T {
  return { ...doc, routes: doc.routes.map((r, i) => (i === route ? { ...r, steps: [...r.steps, step] } : r)) };
}
