/**
 * Is this "text" really a binary file read as UTF-8 (a PNG picked by mistake, a zip)? Then a
 * reader says so by name instead of quoting its bytes back (a JSON syntax error quoting
 * "\uFFFDPNG\r\n\u001a…" tells a learner nothing, and can fill the screen with garbage).
 */

/** How files people pick by mistake begin, once decoded as UTF-8. */
const SIGNATURES: readonly [string, string][] = [
  ['\uFFFDPNG\r\n\u001a\n', 'a PNG image'],
  ['\uFFFD\uFFFD\uFFFD', 'binary data'], // JPEG and others start with three non-UTF-8 bytes
  ['GIF87a', 'a GIF image'],
  ['GIF89a', 'a GIF image'],
  ['%PDF-', 'a PDF document'],
  ['PK\u0003\u0004', 'a zip archive (or an Office document, which is one)'],
  ['\u001f\uFFFD\u0008', 'a gzip archive'],
  ['SQLite format 3\u0000', 'an SQLite database'],
];

const SAMPLE = 4096;

/**
 * What the text is when it is not text ("a PNG image", "binary data"), or null for text. Text
 * is judged on its first 4 KB: a NUL, or more than 1 in 20 characters that are not text
 * (undecodable bytes, control characters other than tab and line breaks).
 */
export function binaryKind(text: string): string | null {
  const head = text.slice(0, SAMPLE);
  for (const [signature, kind] of SIGNATURES) if (head.startsWith(signature)) return kind;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return 'binary data';
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) odd++;
  }
  return head.length > 0 && odd / head.length > 0.05 ? 'binary data' : null;
}

/** The sentence a reader gives for a binary file: what it is, and what was expected instead. */
export function notTextMessage(kind: string, expected: string): string {
  return `this file is ${kind}, not text: ${expected}. (Was another file picked by mistake, or was it saved in an encoding other than UTF-8?)`;
}
