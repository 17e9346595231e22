import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputs } from './writeOutputs';

const fresh = () => mkdtempSync(join(tmpdir(), 'looplab-outputs-'));

describe('writing output files', () => {
  it('writes every file', async () => {
    const dir = fresh();
    expect(await writeOutputs([{ path: join(dir, 'a.svg'), data: '<svg/>' }, { path: join(dir, 'b.json'), data: '{}' }])).toBeNull();
    expect(readFileSync(join(dir, 'a.svg'), 'utf8')).toBe('<svg/>');
    expect(readdirSync(dir).sort()).toEqual(['a.svg', 'b.json']);
  });

  it('writes none when one path cannot be written, names it, and leaves no temporary file', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.svg'), 'last week');
    const failed = await writeOutputs([
      { path: join(dir, 'a.svg'), data: 'new' }, { path: join(dir, 'b.png'), data: new Uint8Array([1, 2]) }, { path: join(dir, 'missing', 't.json'), data: '{}' },
    ]);
    expect(failed).toEqual({ path: join(dir, 'missing', 't.json'), reason: 'no such directory' });
    expect(readFileSync(join(dir, 'a.svg'), 'utf8')).toBe('last week');
    expect(readdirSync(dir)).toEqual(['a.svg']);
  });

  it('refuses a directory as the file, in words', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'out.svg'));
    expect(await writeOutputs([{ path: join(dir, 'a.json'), data: '{}' }, { path: join(dir, 'out.svg'), data: '<svg/>' }]))
      .toEqual({ path: join(dir, 'out.svg'), reason: 'it is a directory' });
    expect(readdirSync(dir)).toEqual(['out.svg']);
  });

  it('says when a part of the path is a file', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'plain'), '');
    expect(await writeOutputs([{ path: join(dir, 'plain', 'x.svg'), data: '' }])).toEqual({ path: join(dir, 'plain', 'x.svg'), reason: 'a part of the path is a file, not a directory' });
  });
});
