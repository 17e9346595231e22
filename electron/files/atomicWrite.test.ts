import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile, chmod, stat, open, rename, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atomicWrite, type AtomicWriteFs } from './atomicWrite';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'looplab-atomic-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

function failingWith(code: string, at: 'open' | 'rename' | 'write'): AtomicWriteFs {
  const fail = () => Promise.reject(Object.assign(new Error(`${code}: simulated`), { code }));
  if (at === 'open') return { open: fail, rename };
  if (at === 'rename') return { open, rename: fail };
  // A handle whose write fails, like a disk filling up mid-write.
  const openFailingWrite = (async (...args: Parameters<typeof open>) => {
    const handle = await open(...args);
    return Object.assign(Object.create(handle) as FileHandle, { writeFile: fail, sync: () => handle.sync(), close: () => handle.close() });
  }) as typeof open;
  return { open: openFailingWrite, rename };
}

describe('atomicWrite', () => {
  it('writes a new file and leaves no temporary file behind', async () => {
    const target = join(dir, 'a.looplab.json');
    expect(await atomicWrite(target, '{"name":"a"}')).toEqual({ ok: true });
    expect(await readFile(target, 'utf8')).toBe('{"name":"a"}');
    expect(await readdir(dir)).toEqual(['a.looplab.json']);
  });

  it('replaces an existing file whole and keeps its permissions', async () => {
    const target = join(dir, 'b.looplab.json');
    await writeFile(target, 'old old old old');
    await chmod(target, 0o600);
    expect(await atomicWrite(target, new TextEncoder().encode('new'))).toEqual({ ok: true });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('reports permission denied as an error and leaves the original untouched', async () => {
    const target = join(dir, 'c.looplab.json');
    await writeFile(target, 'original');
    const result = await atomicWrite(target, 'new', failingWith('EACCES', 'open'));
    expect(result).toEqual({ ok: false, error: expect.stringContaining('permission denied (EACCES)') });
    expect(await readFile(target, 'utf8')).toBe('original');
  });

  it('reports a full disk mid-write, keeps the original and removes the partial temp file', async () => {
    const target = join(dir, 'd.looplab.json');
    await writeFile(target, 'original');
    const result = await atomicWrite(target, 'new', failingWith('ENOSPC', 'write'));
    expect(result).toEqual({ ok: false, error: expect.stringContaining('the disk is full (ENOSPC)') });
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['d.looplab.json']);
  });

  it('cleans up when the final rename fails', async () => {
    const target = join(dir, 'e.looplab.json');
    const result = await atomicWrite(target, 'new', failingWith('EBUSY', 'rename'));
    expect(result.ok).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a missing folder for real, without throwing', async () => {
    const result = await atomicWrite(join(dir, 'nope', 'f.looplab.json'), 'x');
    expect(result).toEqual({ ok: false, error: expect.stringContaining('does not exist (ENOENT)') });
  });
});
