import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { mkdtemp, rm, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecoveryStore, RECOVERY_DEBOUNCE_MS } from './recoveryStore';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'looplab-recovery-')); });
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

const exists = (p: string) => access(p).then(() => true, () => false);

describe('RecoveryStore', () => {
  it('debounces autosaves and keeps only the latest text', async () => {
    vi.useFakeTimers();
    const store = new RecoveryStore(dir, () => 42);
    store.schedule('/a.looplab.json', 'v1');
    store.schedule('/a.looplab.json', 'v2');
    expect(await exists(store.filePath)).toBe(false);
    await vi.advanceTimersByTimeAsync(RECOVERY_DEBOUNCE_MS);
    await store.flush();
    vi.useRealTimers();
    expect(await new RecoveryStore(dir).load()).toEqual({ path: '/a.looplab.json', text: 'v2', savedAt: 42 });
  });

  it('offers what a crashed session left behind, and nothing after clear', async () => {
    const crashed = new RecoveryStore(dir);
    crashed.schedule(null, 'unsaved work');
    await crashed.flush();
    const next = new RecoveryStore(dir);
    expect(await next.load()).toMatchObject({ path: null, text: 'unsaved work' });
    await next.clear();
    expect(await next.load()).toBeNull();
  });

  it('clear cancels a pending autosave', async () => {
    vi.useFakeTimers();
    const store = new RecoveryStore(dir);
    store.schedule(null, 'typing');
    await store.clear();
    await vi.advanceTimersByTimeAsync(RECOVERY_DEBOUNCE_MS * 2);
    vi.useRealTimers();
    expect(await exists(store.filePath)).toBe(false);
  });

  it('treats a corrupt recovery file as none', async () => {
    const store = new RecoveryStore(dir);
    await writeFile(store.filePath, '{"text": 3}');
    expect(await store.load()).toBeNull();
  });
});
