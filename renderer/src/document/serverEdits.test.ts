import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/scenario/types';
import { defaultServer } from '../../../shared/scenario/types';
import { isRefusal } from './editResult';
import { addRequests, removeArrival, setArrival, setGil, setServerCount } from './serverEdits';

const doc: Scenario = { name: 't', server: defaultServer(), routes: [{ name: 'r', kind: 'async', steps: [{ cpu: 1 }] }], requests: [{ route: 'r', at: 0 }] };

describe('server and request edits', () => {
  it('sets workers, cores and tokens within limits', () => {
    const r = setServerCount(doc, { field: 'workers', value: 4 });
    expect(!isRefusal(r) && r.server.workers).toBe(4);
    expect(isRefusal(setServerCount(doc, { field: 'cores', value: 0 }))).toBe(true);
    expect(isRefusal(setServerCount(doc, { field: 'threadpoolTokens', value: 2.5 }))).toBe(true);
  });

  it('keeps executor threads and process-pool size following cores when they were defaults', () => {
    const r = setServerCount(doc, { field: 'cores', value: 8 });
    expect(!isRefusal(r) && r.server).toMatchObject({ cores: 8, executorThreads: 12, processPoolWorkers: 8 });
    const custom = { ...doc, server: { ...doc.server, executorThreads: 3 } };
    const c = setServerCount(custom, { field: 'cores', value: 8 });
    expect(!isRefusal(c) && c.server.executorThreads).toBe(3);
  });

  it('toggles the GIL, and returns the same document when nothing changes', () => {
    const r = setGil(doc, { gil: false });
    expect(!isRefusal(r) && r.server.gil).toBe(false);
    expect(setGil(doc, { gil: true })).toBe(doc);
  });

  it('adds a train of requests for a route and refuses a bad count or spacing', () => {
    const r = addRequests(doc, { route: 0, count: 10, every: 5, at: 100 });
    expect(!isRefusal(r) && r.requests[1]).toEqual({ route: 'r', at: 100, count: 10, every: 5 });
    expect(isRefusal(addRequests(doc, { route: 0, count: 0, every: 5, at: 0 }))).toBe(true);
    expect(isRefusal(addRequests(doc, { route: 0, count: 3, every: -1, at: 0 }))).toBe(true);
  });

  it('keeps at least one request line', () => {
    expect(isRefusal(removeArrival(doc, { index: 0 }))).toBe(true);
  });

  it('edits a request line in place: the count, start and spacing of that line, no new line', () => {
    const train = setArrival(doc, { index: 0, field: 'count', value: 50 });
    expect(!isRefusal(train) && train.requests).toEqual([{ route: 'r', at: 0, count: 50, every: 0 }]);
    if (isRefusal(train)) return;
    const spaced = setArrival(train, { index: 0, field: 'every', value: 20 });
    expect(!isRefusal(spaced) && spaced.requests).toEqual([{ route: 'r', at: 0, count: 50, every: 20 }]);
    const single = setArrival(train, { index: 0, field: 'count', value: 1 });
    expect(!isRefusal(single) && single.requests).toEqual([{ route: 'r', at: 0 }]);
    expect(setArrival(doc, { index: 0, field: 'at', value: 0 })).toBe(doc);
    expect(isRefusal(setArrival(doc, { index: 0, field: 'count', value: 0 }))).toBe(true);
    expect(isRefusal(setArrival(doc, { index: 3, field: 'at', value: 1 }))).toBe(true);
    const closed = { ...doc, requests: [{ route: 'r', users: 2, each: 3, think: 10 }] };
    expect(isRefusal(setArrival(closed, { index: 0, field: 'count', value: 4 }))).toBe(true);
  });
});
