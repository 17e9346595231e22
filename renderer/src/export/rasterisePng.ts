/**
 * SVG → PNG in the page: draw the SVG (as an image) onto a canvas at `scale`× and encode.
 * The export has no external references, so the canvas is never tainted.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const size = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  if (!size) throw new Error('the SVG has no width and height');
  const [width, height] = [Number(size[1]), Number(size[2])];
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the browser could not encode the PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** "Thread-pool exhaustion" → "thread-pool-exhaustion": a file name every OS accepts. */
export function fileSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'looplab';
}
