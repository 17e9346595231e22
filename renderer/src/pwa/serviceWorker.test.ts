import { describe, expect, it } from 'vitest';
import { serviceWorkerRefusal, watchServiceWorker, type PageEnvironment, type WorkboxLike } from './serviceWorker';

const web: PageEnvironment = { protocol: 'https:', inElectron: false, hasServiceWorker: true, dev: false };

describe('where a service worker is registered', () => {
  it('registers on a built web app served over https or http (localhost)', () => {
    expect(serviceWorkerRefusal(web)).toBeNull();
    expect(serviceWorkerRefusal({ ...web, protocol: 'http:' })).toBeNull();
  });

  it('never registers in Electron, whatever the scheme', () => {
    expect(serviceWorkerRefusal({ ...web, inElectron: true })).toMatch(/desktop app/);
    expect(serviceWorkerRefusal({ ...web, protocol: 'looplab:', inElectron: true })).toMatch(/desktop app/);
  });

  it('never registers on a custom scheme or file://, even without the preload', () => {
    expect(serviceWorkerRefusal({ ...web, protocol: 'looplab:' })).toMatch(/looplab:/);
    expect(serviceWorkerRefusal({ ...web, protocol: 'file:' })).toMatch(/file:/);
  });

  it('skips the dev server and browsers without service workers, saying why', () => {
    expect(serviceWorkerRefusal({ ...web, dev: true })).toMatch(/development server/);
    expect(serviceWorkerRefusal({ ...web, hasServiceWorker: false })).toMatch(/https or localhost/);
  });
});

/** A Workbox stand-in whose lifecycle events the test fires by hand. */
function fakeWorkbox() {
  const listeners: Record<string, ((e: { isUpdate?: boolean }) => void)[]> = {};
  const calls = { register: 0, update: 0, skipWaiting: 0 };
  const wb: WorkboxLike = {
    addEventListener: (type, listener) => { (listeners[type] ??= []).push(listener); },
    register: async () => { calls.register++; },
    update: async () => { calls.update++; },
    messageSkipWaiting: () => { calls.skipWaiting++; },
  };
  const fire = (type: string, event: { isUpdate?: boolean } = {}) => { for (const l of listeners[type] ?? []) l(event); };
  return { wb, calls, fire };
}

function timers() {
  const intervals: { run: () => void; ms: number }[] = [];
  const timeouts: { run: () => void; ms: number }[] = [];
  return {
    intervals, timeouts,
    setInterval: (run: () => void, ms: number) => intervals.push({ run, ms }),
    clearInterval: () => { intervals.length = 0; },
    setTimeout: (run: () => void, ms: number) => timeouts.push({ run, ms }),
  };
}

describe('service worker lifecycle', () => {
  it('says the app works offline once the first install has precached it', () => {
    const { wb, calls, fire } = fakeWorkbox();
    const handle = watchServiceWorker(wb, { reload: () => {}, ...timers() });
    expect(calls.register).toBe(1);
    expect(handle.status()).toEqual({ offlineReady: false, updateReady: false });
    fire('installed', { isUpdate: false });
    expect(handle.status()).toEqual({ offlineReady: true, updateReady: false });
  });

  it('offers an update when a new version waits, and reloads only once it has taken over', () => {
    const { wb, calls, fire } = fakeWorkbox();
    let reloads = 0;
    const t = timers();
    const handle = watchServiceWorker(wb, { reload: () => reloads++, ...t });
    let notified = 0;
    handle.subscribe(() => notified++);
    fire('installed', { isUpdate: true });
    expect(handle.status().offlineReady).toBe(false); // an update is not the first install
    fire('waiting', { isUpdate: true });
    expect(handle.status().updateReady).toBe(true);
    expect(notified).toBe(1);
    expect(reloads).toBe(0); // nothing happens until the learner asks

    handle.applyUpdate();
    expect(calls.skipWaiting).toBe(1);
    expect(reloads).toBe(0);
    fire('controlling', { isUpdate: true });
    expect(reloads).toBe(1);
    t.timeouts[0]!.run(); // the bound on the hand-over does not reload a second time
    expect(reloads).toBe(1);
  });

  it('reloads after a bounded wait when the new version never takes control', () => {
    const { wb, fire } = fakeWorkbox();
    let reloads = 0;
    const t = timers();
    const handle = watchServiceWorker(wb, { reload: () => reloads++, takeOverTimeoutMs: 4000, ...t });
    fire('waiting');
    handle.applyUpdate();
    expect(t.timeouts.map((x) => x.ms)).toEqual([4000]);
    t.timeouts[0]!.run();
    expect(reloads).toBe(1);
  });

  it('does not reload when another tab made the new version take over', () => {
    const { wb, fire } = fakeWorkbox();
    let reloads = 0;
    watchServiceWorker(wb, { reload: () => reloads++, ...timers() });
    fire('waiting');
    fire('controlling', { isUpdate: true });
    expect(reloads).toBe(0);
  });

  it('applying with no update waiting does nothing', () => {
    const { wb, calls } = fakeWorkbox();
    const handle = watchServiceWorker(wb, { reload: () => {}, ...timers() });
    handle.applyUpdate();
    expect(calls.skipWaiting).toBe(0);
  });

  it('looks for a new version periodically while the page stays open, and survives being offline', async () => {
    const { wb, calls } = fakeWorkbox();
    wb.update = async () => { calls.update++; throw new Error('offline'); };
    const t = timers();
    const handle = watchServiceWorker(wb, { reload: () => {}, checkEveryMs: 1000, ...t });
    expect(t.intervals.map((x) => x.ms)).toEqual([1000]);
    t.intervals[0]!.run();
    await Promise.resolve();
    expect(calls.update).toBe(1);
    handle.stop();
    expect(t.intervals).toEqual([]);
  });
});
