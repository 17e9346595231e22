/**
 * The folder that holds the `looplab_measure` Python package. From source that is this folder
 * (measure/); the bundled `looplab` command runs from dist/cli/ (or a chunk below it), so the
 * search walks up from this module to the first folder that has the package itself or in
 * measure/. The desktop app passes its own folder instead (the package ships as a resource).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = join('looplab_measure', '__main__.py');

export function pythonPackageDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, PACKAGE))) return dir;
    if (existsSync(join(dir, 'measure', PACKAGE))) return join(dir, 'measure');
    if (dirname(dir) === dir) throw new Error(`the measuring package (looplab_measure) is not beside ${from} or any folder above it`);
  }
}
