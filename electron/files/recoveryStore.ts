/**
 * Crash recovery: while the document is dirty, its text is autosaved (debounced) to
 * userData/recovery.looplab.json. A clean save, "Don't save" or a normal quit clears it; if it
 * is still there at the next start, the previous session ended with unsaved changes and the
 * app offers to restore them.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWrite } from './atomicWrite';

export interface RecoverySnapshot {
  /** Where the document was saved before, or null for an untitled one. */
  path: string | null;
  text: string;
  /** Epoch milliseconds of the autosave, shown in the restore prompt. */
  savedAt: number;
}

/** Long enough to coalesce a burst of keystrokes, short enough to lose at most a second of work. */
export const RECOVERY_DEBOUNCE_MS = 1000;

export class RecoveryStore {
  readonly filePath: string;
  private pending: ReturnType<typeof setTimeout> | undefined;
  private latest: RecoverySnapshot | undefined;
  private writing: Promise<unknown> = Promise.resolve();

  constructor(userDataDir: string, private readonly now: () => number = Date.now) {
    this.filePath = join(userDataDir, 'recovery.looplab.json');
  }

  /** Schedules an autosave of the dirty document; repeated calls within the debounce keep only the latest. */
  schedule(path: string | null, text: string): void {
    this.latest = { path, text, savedAt: this.now() };
    if (this.pending !== undefined) clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.flush(), RECOVERY_DEBOUNCE_MS);
  }

  /** Writes the latest scheduled snapshot now (also used before the app quits abruptly). */
  async flush(): Promise<void> {
    if (this.pending !== undefined) clearTimeout(this.pending);
    this.pending = undefined;
    const snapshot = this.latest;
    this.latest = undefined;
    // Nothing new: still wait for a write already under way, so callers see it on disk.
    if (snapshot === undefined) return void (await this.writing);
    this.writing = this.writing.then(() => atomicWrite(this.filePath, JSON.stringify(snapshot)));
    await this.writing;
  }

  /** The document is saved or deliberately discarded: nothing is left to recover. */
  async clear(): Promise<void> {
    if (this.pending !== undefined) clearTimeout(this.pending);
    this.pending = undefined;
    this.latest = undefined;
    await this.writing;
    await rm(this.filePath, { force: true });
  }

  /** The snapshot a previous session left behind, or null (a corrupt file counts as none). */
  async load(): Promise<RecoverySnapshot | null> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.filePath, 'utf8'));
      return isSnapshot(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }
}

function isSnapshot(value: unknown): value is RecoverySnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (v.path === null || typeof v.path === 'string') && typeof v.text === 'string' && typeof v.savedAt === 'number';
}
