/**
 * SVG → PNG with librsvg's `rsvg-convert`: the renderer the export tests already check
 * against (what passes there looks the same here), no native npm addon to build, and one
 * apt package (librsvg2-bin) on CI and Linux desktops. Missing it is a clear error, not a crash.
 */
import { spawn } from 'node:child_process';

export class RasteriserMissingError extends Error {
  override name = 'RasteriserMissingError';
}

/** PNG bytes of `svg` at `zoom`× its width and height. */
export function rasterise(svg: string, zoom: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('rsvg-convert', ['--format', 'png', '--zoom', String(zoom)], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => { err += b.toString(); });
    child.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ENOENT'
      ? new RasteriserMissingError('--png needs rsvg-convert (Debian/Ubuntu: apt install librsvg2-bin; macOS: brew install librsvg); --svg works without it')
      : e));
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`rsvg-convert failed: ${err.trim() || `exit ${code}`}`))));
    child.stdin.end(svg);
  });
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
