/**
 * A QR code as one SVG path, drawn here from uqr's module matrix (no network, no canvas, no
 * inline style the CSP would refuse). Sized for a projector: a code is refused past
 * QR_MAX_VERSION, whose modules would be too fine to scan from the back of a room.
 */
import { encode } from 'uqr';

/**
 * Version 25 is 117 modules a side: shown 600 px tall on a 1080-line projector that is 5 px a
 * module, still readable by a phone across a classroom; it carries about 1,270 characters
 * of a link. Every built-in scenario's share link needs version 13–16.
 */
export const QR_MAX_VERSION = 25;
/** The quiet zone the standard asks for (ISO/IEC 18004: four modules). */
const QUIET_ZONE = 4;

export interface QrDrawing {
  /** Modules a side, quiet zone included: the SVG's viewBox is 0 0 size size. */
  size: number;
  version: number;
  /** One path of unit squares, one per dark module. */
  path: string;
}

/** The code for `text`, or null when it needs more than QR_MAX_VERSION. */
export function qrDrawing(text: string): QrDrawing | null {
  let qr: ReturnType<typeof encode>;
  try {
    // The lowest version that fits, then the strongest error correction that version allows:
    // a projector's glare and keystone cost modules.
    qr = encode(text, { ecc: 'L', boostEcc: true, border: QUIET_ZONE, maxVersion: QR_MAX_VERSION });
  } catch {
    return null;
  }
  let path = '';
  qr.data.forEach((row, y) => {
    // A run of dark modules on a row is one rectangle: fewer path commands than squares.
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (x + 1 < row.length && row[x + 1]) x++;
      path += `M${start} ${y}h${x - start + 1}v1h${start - x - 1}z`;
    }
  });
  return { size: qr.size, version: qr.version, path };
}
