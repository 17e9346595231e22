import { describe, it, expect, vi } from 'vitest';
import { CloseGuard, DocumentSession, confirmDiscard } from './documentSession';

function dirtySession(path: string | null = '/w/demo.looplab.json'): DocumentSession {
  const session = new DocumentSession();
  session.update({ dirty: true, path, text: '{"name":"demo"}' });
  return session;
}

describe('confirmDiscard', () => {
  it('lets a clean document go without asking', async () => {
    const ask = vi.fn();
    expect(await confirmDiscard(new DocumentSession(), ask, vi.fn())).toBe(true);
    expect(ask).not.toHaveBeenCalled();
  });

  it('asks about a dirty document by its file name', async () => {
    const ask = vi.fn(async () => 'cancel' as const);
    expect(await confirmDiscard(dirtySession(), ask, vi.fn())).toBe(false);
    expect(ask).toHaveBeenCalledWith('demo.looplab.json');
    await confirmDiscard(dirtySession(null), ask, vi.fn());
    expect(ask).toHaveBeenLastCalledWith('Untitled');
  });

  it("goes ahead on don't save, and on save only when the save worked", async () => {
    expect(await confirmDiscard(dirtySession(), async () => 'discard', vi.fn())).toBe(true);
    expect(await confirmDiscard(dirtySession(), async () => 'save', async () => ({ ok: true, path: '/x' }))).toBe(true);
    expect(await confirmDiscard(dirtySession(), async () => 'save', async () => ({ ok: false, canceled: true }))).toBe(false);
    expect(await confirmDiscard(dirtySession(), async () => 'save', async () => ({ ok: false, canceled: false, error: 'disk full' }))).toBe(false);
  });
});

describe('DocumentSession', () => {
  it('grants only the paths main handed out', () => {
    const session = new DocumentSession();
    session.grant('/w/a.looplab.json');
    expect(session.isGranted('/w/a.looplab.json')).toBe(true);
    expect(session.isGranted('/etc/passwd')).toBe(false);
    session.markSaved('/w/b.looplab.json');
    expect(session.isGranted('/w/b.looplab.json')).toBe(true);
    expect(session.state).toMatchObject({ dirty: false, path: '/w/b.looplab.json' });
  });
});

describe('CloseGuard', () => {
  it('prevents the close, asks once however often the user clicks, then closes', async () => {
    let answer!: (ok: boolean) => void;
    const confirm = vi.fn(() => new Promise<boolean>((resolve) => { answer = resolve; }));
    const closeNow = vi.fn();
    const guard = new CloseGuard(confirm, closeNow);
    expect(guard.requestClose()).toBe(false);
    expect(guard.requestClose()).toBe(false);
    expect(confirm).toHaveBeenCalledOnce();
    answer(true);
    await vi.waitFor(() => expect(closeNow).toHaveBeenCalledOnce());
    expect(guard.requestClose()).toBe(true); // the close that closeNow triggers goes through
  });

  it('keeps the window when the user cancels or the prompt fails', async () => {
    const closeNow = vi.fn();
    const canceled = new CloseGuard(async () => false, closeNow);
    canceled.requestClose();
    const failing = new CloseGuard(async () => { throw new Error('dialog failed'); }, closeNow);
    failing.requestClose();
    await new Promise((r) => setTimeout(r, 0));
    expect(closeNow).not.toHaveBeenCalled();
    expect(canceled.requestClose()).toBe(false); // asks again next time
  });
});
