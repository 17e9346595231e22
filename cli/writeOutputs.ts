/**
 * Writing a command's output files all or nothing: each is written beside its target under a
 * temporary name, and only when every one is written are they renamed into place (a rename in
 * one directory is atomic). A bad third path used to leave the first two written and the
 * command failed, so a script could not tell a fresh SVG from last week's.
 */
import { rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

/** Why a path cannot be written, in words (null: it was written). */
export type WriteFailure = { path: string; reason: string };

/** Writes every file or none; on failure says which path and why, and leaves nothing behind. */
export async function writeOutputs(files: readonly OutputFile[]): Promise<WriteFailure | null> {
  const temps: { temp: string; path: string }[] = [];
  const discard = () => Promise.all(temps.map((t) => unlink(t.temp).catch(() => undefined)));
  for (const file of files) {
    // A directory where the file should go: a rename would fail only after the others were in place.
    const existing = await stat(file.path).catch(() => null);
    if (existing?.isDirectory()) {
      await discard();
      return { path: file.path, reason: 'it is a directory' };
    }
    const temp = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.looplab-tmp`);
    try {
      await writeFile(temp, file.data);
      temps.push({ temp, path: file.path });
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      await discard();
      return { path: file.path, reason: fsReason(e) };
    }
  }
  for (let k = 0; k < temps.length; k++) {
    try {
      await rename(temps[k]!.temp, temps[k]!.path);
    } catch (e) {
      await Promise.all(temps.slice(k).map((t) => unlink(t.temp).catch(() => undefined)));
      return { path: temps[k]!.path, reason: fsReason(e) };
    }
  }
  return null;
}

/** A file-system error as a person would say it; the code's own text for the rare ones. */
export function fsReason(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  switch (code) {
    case 'ENOENT': return 'no such directory';
    case 'ENOTDIR': return 'a part of the path is a file, not a directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'it is a directory';
    case 'EROFS': return 'the file system is read-only';
    case 'ENOSPC': return 'no space left on the device';
    case 'EDQUOT': return 'over the disk quota';
    default: return e instanceof Error ? e.message : String(e);
  }
}
