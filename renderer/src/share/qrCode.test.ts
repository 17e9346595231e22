import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encode } from 'uqr';
import { qrDrawing, QR_MAX_VERSION } from './qrCode';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const svgOf = (d: { size: number; path: string }, px: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${d.size} ${d.size}" width="${px}" height="${px}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path d="${d.path}" fill="#000"/></svg>`;

describe('QR code drawing', () => {
  it('draws exactly the dark modules of the code, with a four-module quiet zone', () => {
    const text = 'https://example.github.io/looplab/#lesson=myth-2';
    const d = qrDrawing(text)!;
    const qr = encode(text, { ecc: 'L', boostEcc: true, border: 4 });
    expect(d.size).toBe(qr.size);
    const dark = new Set<string>();
    for (const m of d.path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let k = 0; k < Number(m[3]); k++) dark.add(`${Number(m[1]) + k},${m[2]}`);
    }
    const expected = qr.data.flatMap((row, y) => row.flatMap((on, x) => (on ? [`${x},${y}`] : [])));
    expect([...dark].sort()).toEqual(expected.sort());
    for (const key of dark) {
      const [x, y] = key.split(',').map(Number) as [number, number];
      expect(Math.min(x, y, d.size - 1 - x, d.size - 1 - y), key).toBeGreaterThanOrEqual(4);
    }
  });

  it('refuses a link too long to scan from a projector', () => {
    expect(qrDrawing('x'.repeat(2000))).toBeNull();
    expect(qrDrawing('x'.repeat(900))!.version).toBeLessThanOrEqual(QR_MAX_VERSION);
  });

  it.skipIf(!has('zbarimg') || !has('rsvg-convert'))('scans back to the link (zbarimg reads the drawn code)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'looplab-qr-'));
    try {
      for (const text of ['https://example.github.io/looplab/#scenario=blocking-in-async', `https://school.example/looplab/#share=v1.${'eJyrVkrLz1eyUkpKLFKqBQAdegQv'.repeat(20)}`]) {
        writeFileSync(join(dir, 'qr.svg'), svgOf(qrDrawing(text)!, 600));
        expect(spawnSync('rsvg-convert', ['-o', join(dir, 'qr.png'), join(dir, 'qr.svg')]).status).toBe(0);
        const read = spawnSync('zbarimg', ['--quiet', '--raw', join(dir, 'qr.png')], { encoding: 'utf8' });
        expect(read.stdout.trim()).toBe(text);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
