/**
 * SVG → PNG in the page: draw the SVG (as an image) onto a canvas at `scale`× and encode.
 * The export has no external references, so the canvas is never tainted.
 */
/** The scales the PNG dialog offers: 1× for the web, 2× for a slide, 3× for print. */
export const PNG_SCALES = [1, 2, 3] as const;

/** The export's own size in px (its root's width and height), or null when it has none. */
export function svgSize(svg: string): { width: number; height: number } | null {
  const size = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  return size ? { width: Number(size[1]), height: Number(size[2]) } : null;
}

export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const size = svgSize(svg);
  if (!size) throw new Error('the SVG has no width and height');
  const { width, height } = size;
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
