/** Reading a scenario file or standard input for the CLI, with the loader's size limit applied early. */
import { readFile, stat } from 'node:fs/promises';
import { LIMITS } from '../shared/scenario/limits';

/** `tooLarge`: refused for its size alone (the file is there and readable; a command may treat that as bad input rather than bad usage). */
export type ReadResult = { ok: true; text: string } | { ok: false; message: string; tooLarge?: true };

/** Bytes that cannot be within the character limit even at 4 bytes per character of UTF-8. */
const MAX_BYTES = LIMITS.maxTextChars * 4;

/** How a file is named in messages. */
export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

export async function readScenarioText(file: string, stdin: NodeJS.ReadableStream): Promise<ReadResult> {
  return readText(file, stdin, { maxBytes: MAX_BYTES, limit: 'the 5 MB limit for a scenario', kind: 'a scenario file' });
}

/** What a command reads: how many bytes at most, the limit in words, and what FILE should be. */
export interface TextLimit {
  maxBytes: number;
  limit: string;
  kind: string;
}

/** Reads FILE, or standard input for `-`, refusing what is far beyond `limit.maxBytes` before reading it all. */
export async function readText(file: string, stdin: NodeJS.ReadableStream, limit: TextLimit): Promise<ReadResult> {
  return file === '-' ? readStream(stdin, limit) : readPath(file, limit);
}

async function readPath(file: string, limit: TextLimit): Promise<ReadResult> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { ok: false, message: `cannot read ${file}: it is a directory, not ${limit.kind}` };
    // Refused before reading, so a multi-gigabyte file costs nothing; the loader checks the exact limit.
    if (info.size > limit.maxBytes) return { ok: false, tooLarge: true, message: `cannot read ${file}: ${info.size} bytes is far beyond ${limit.limit}` };
    return { ok: true, text: await readFile(file, 'utf8') };
  } catch (e) {
    return { ok: false, message: `cannot read ${file}: ${describeFsError(e, limit)}` };
  }
}

async function readStream(stream: NodeJS.ReadableStream, limit: TextLimit): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > limit.maxBytes) return { ok: false, tooLarge: true, message: `cannot read standard input: it is far beyond ${limit.limit}` };
      chunks.push(buffer);
    }
  } catch (e) {
    return { ok: false, message: `cannot read standard input: ${describeFsError(e, limit)}` };
  }
  return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
}

function describeFsError(e: unknown, limit: TextLimit): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return `it is a directory, not ${limit.kind}`;
    default:
      return e instanceof Error ? e.message : String(e);
  }
}
