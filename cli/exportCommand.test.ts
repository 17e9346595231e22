// The export command in-process on real files: what a script or CI job gets.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main';
import { pngSize } from './rasterise';
import { importTrace } from '../shared/export/importTrace';

const root = fileURLToPath(new URL('..', import.meta.url));
const scenario = join(root, 'assets', 'scenarios', 'blocking-in-async.json');
const dir = mkdtempSync(join(tmpdir(), 'looplab-export-'));
const hasRsvg = spawnSync('sh', ['-c', 'command -v rsvg-convert']).status === 0;

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, stdin: process.stdin });
  return { code, stdout, stderr };
}

describe('looplab export', { timeout: 30_000 }, () => {
  it('writes an SVG with the asked width and options', async () => {
    const out = join(dir, 'a.svg');
    const r = await run(['export', scenario, '--svg', out, '--width', '1200', '--both', '--metrics', '--title', 'Blocking in async def']);
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/<svg [^>]*width="1200"/);
    expect(svg).toContain('>Blocking in async def</text>');
    expect(svg).toContain('>def version</text>');
  });

  it.skipIf(!hasRsvg)('writes a PNG at twice the SVG size', async () => {
    const svgOut = join(dir, 'b.svg');
    const pngOut = join(dir, 'b.png');
    expect((await run(['export', scenario, '--svg', svgOut, '--png', pngOut, '--width', '1000'])).code).toBe(0);
    const height = Number(/<svg [^>]*height="(\d+)"/.exec(readFileSync(svgOut, 'utf8'))![1]);
    expect(pngSize(readFileSync(pngOut))).toEqual({ width: 2000, height: 2 * height });
  });

  it('writes a Chrome trace that imports back', async () => {
    const out = join(dir, 'c.json');
    expect((await run(['export', scenario, '--trace', out])).code).toBe(0);
    const back = importTrace(JSON.parse(readFileSync(out, 'utf8')));
    expect(back.segments.filter((s) => s.state === 'blocking_io')).toHaveLength(5);
  });

  it('says which flag is wrong, exit 2, before reading the file', async () => {
    const r = await run(['export', 'no-such-file.json', '--svg', 'x.svg', '--theme', 'neon']);
    expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining('--theme') });
  });

  it('writes none of its outputs when one cannot be written, and says which', async () => {
    const svgOut = join(dir, 'all-or-nothing.svg');
    const r = await run(['export', scenario, '--svg', svgOut, '--trace', join(dir, 'missing', 't.json')]);
    expect(r).toMatchObject({ code: 2, stderr: `looplab: cannot write ${join(dir, 'missing', 't.json')}: no such directory (nothing was written)\n` });
    expect(existsSync(svgOut)).toBe(false);
  });

  it('refuses a time window after the timeline ends, saying when it ends, and writes nothing', async () => {
    const out = join(dir, 'late.svg');
    const r = await run(['export', scenario, '--svg', out, '--from', '5000', '--to', '6000']);
    expect(r).toMatchObject({ code: 2, stderr: expect.stringMatching(/^looplab: --from 5000 is after the timeline ends \(at 1,0\d\d ms\)/) });
    expect(existsSync(out)).toBe(false);
  });

  it('names an output directory that does not exist', async () => {
    const r = await run(['export', scenario, '--svg', join(dir, 'missing', 'x.svg')]);
    expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot write') });
  });
});
