import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecentFiles, rememberFile, MAX_RECENT_FILES } from './recentFiles';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'looplab-recent-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('rememberFile', () => {
  it('puts the file first, without duplicates, and caps the list', () => {
    expect(rememberFile(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
    const many = Array.from({ length: 20 }, (_, i) => `/f${i}`);
    expect(rememberFile(many, '/new')).toHaveLength(MAX_RECENT_FILES);
  });
});

describe('RecentFiles', () => {
  it('survives a restart through userData', async () => {
    const first = new RecentFiles(dir);
    await first.load();
    await first.add('/x/one.looplab.json');
    await first.add('/x/two.looplab.json');
    const second = new RecentFiles(dir);
    expect(await second.load()).toEqual(['/x/two.looplab.json', '/x/one.looplab.json']);
  });

  it('treats a corrupt store as an empty list', async () => {
    await writeFile(join(dir, 'recent-files.json'), '{ not json');
    expect(await new RecentFiles(dir).load()).toEqual([]);
    await writeFile(join(dir, 'recent-files.json'), '[1, "/ok", null]');
    expect(await new RecentFiles(dir).load()).toEqual(['/ok']);
  });

  it('forgets a file that is gone', async () => {
    const recent = new RecentFiles(dir);
    await recent.add('/a');
    await recent.add('/b');
    expect(await recent.remove('/a')).toEqual(['/b']);
  });
});
