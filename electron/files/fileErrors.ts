/**
 * Turns Node's errno codes into sentences a user can act on. Saves and opens report these as
 * SaveResult errors or dialogs; they must never surface as an uncaught exception in main.
 */

const reasons: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the disk is read-only',
  ENOENT: 'the folder or file does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder, not a file',
  EBUSY: 'the file is in use by another program',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the file name is too long',
  EFBIG: 'the file is too large',
};

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** e.g. "Could not save /home/ada/x.looplab.json: permission denied (EACCES)." */
export function describeFileError(error: unknown, path: string, verb: 'save' | 'open' | 'read'): string {
  const code = errorCode(error);
  const reason = code !== undefined ? reasons[code] : undefined;
  if (reason !== undefined) return `Could not ${verb} ${path}: ${reason} (${code}).`;
  const message = error instanceof Error ? error.message : String(error);
  return `Could not ${verb} ${path}: ${message}`;
}
