/**
 * Atomic file writes: a crash, a full disk or a killed process mid-save must never leave a
 * half-written scenario where the user's file was. We write a temporary file in the same
 * directory (so the final rename stays on one filesystem and is atomic), fsync it, rename it
 * over the target, then fsync the directory so the rename itself survives a power cut.
 */
import { open, rename, rm, stat, chmod } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describeFileError } from './fileErrors';

export type WriteOutcome = { ok: true } | { ok: false; error: string };

/** The file system calls atomicWrite makes; tests swap some for failing fakes. */
export interface AtomicWriteFs {
  open: typeof open;
  rename: typeof rename;
}

const realFs: AtomicWriteFs = { open, rename };

export async function atomicWrite(
  target: string,
  data: string | Uint8Array,
  fs: AtomicWriteFs = realFs,
): Promise<WriteOutcome> {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await existingMode(target);
  try {
    const handle = await fs.open(temp, 'wx', mode ?? 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Keep the permissions the user gave the original file (open's mode is masked by umask).
    if (mode !== undefined) await chmod(temp, mode);
    await fs.rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    return { ok: false, error: describeFileError(error, target, 'save') };
  }
  await syncDirectory(dir);
  return { ok: true };
}

async function existingMode(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o777;
  } catch {
    return undefined;
  }
}

/** Best effort: Windows cannot open a directory for fsync, and the write already succeeded. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* not supported on this platform: the rename is still atomic */
  }
}
