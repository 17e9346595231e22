import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/scenario/types';
import { defaultServer } from '../../../shared/scenario/types';
import { isRefusal } from './editResult';
import { addRequests, removeArrival, setGil, setServerCount } from './serverEdits';

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
});
