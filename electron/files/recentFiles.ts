/**
 * The "Open Recent" list, kept in userData/recent-files.json. A corrupt or missing store is an
 * empty list: losing the recent list must never stop the app from starting.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWrite } from './atomicWrite';

export const MAX_RECENT_FILES = 10;

/** Most recent first, no duplicates, at most MAX_RECENT_FILES. */
export function rememberFile(recent: readonly string[], path: string): string[] {
  return [path, ...recent.filter((p) => p !== path)].slice(0, MAX_RECENT_FILES);
}

export function forgetFile(recent: readonly string[], path: string): string[] {
  return recent.filter((p) => p !== path);
}

export class RecentFiles {
  private paths: string[] = [];
  private readonly storePath: string;

  constructor(userDataDir: string) {
    this.storePath = join(userDataDir, 'recent-files.json');
  }

  async load(): Promise<readonly string[]> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.storePath, 'utf8'));
      this.paths = Array.isArray(parsed)
        ? parsed.filter((p): p is string => typeof p === 'string').slice(0, MAX_RECENT_FILES)
        : [];
    } catch {
      this.paths = [];
    }
    return this.paths;
  }

  list(): readonly string[] {
    return this.paths;
  }

  async add(path: string): Promise<readonly string[]> {
    this.paths = rememberFile(this.paths, path);
    await this.persist();
    return this.paths;
  }

  /** Called when a recent file turned out to be gone, so the menu stops offering it. */
  async remove(path: string): Promise<readonly string[]> {
    this.paths = forgetFile(this.paths, path);
    await this.persist();
    return this.paths;
  }

  async clear(): Promise<void> {
    this.paths = [];
    await this.persist();
  }

  // A failed write only costs the list on the next start; the outcome is deliberately ignored.
  private async persist(): Promise<void> {
    await atomicWrite(this.storePath, JSON.stringify(this.paths, null, 2));
  }
}
