// Whether dist/cli/ holds a bundle built from the sources as they are now (cli/bin.mjs asks
// before every run; a stat per source, about a millisecond).
import { readFileSync, statSync } from 'node:fs';

/** The bundle's entry under `root` (a directory URL ending in /). */
export function bundleEntry(root) {
  return new URL('dist/cli/looplab.mjs', root);
}

/** True when the bundle is missing, or a source it was built from changed or disappeared. */
export function bundleIsStale(root) {
  const built = statSync(bundleEntry(root), { throwIfNoEntry: false });
  if (built === undefined) return true;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(new URL('dist/cli/inputs.json', root), 'utf8'));
  } catch {
    return true;
  }
  return !Array.isArray(inputs) || inputs.some((file) => {
    const source = statSync(new URL(file, root), { throwIfNoEntry: false });
    return source === undefined || source.mtimeMs > built.mtimeMs;
  });
}
