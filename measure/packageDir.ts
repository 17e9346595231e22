/**
 * The folder that holds the `looplab_measure` Python package: this folder, in the repository.
 * A bundle that moves this code elsewhere (the desktop app) passes its own folder instead.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export function pythonPackageDir(): string {
  return dirname(fileURLToPath(import.meta.url));
}
