#!/usr/bin/env node
// The `looplab` command (package.json "bin"): runs the bundle in dist/cli/, which `npm install`
// builds (cli/build.mjs). Where the bundle is missing or older than a source (a checkout whose
// sources changed since), it builds it first (a few tenths of a second, once): never stale code.
import { statSync } from 'node:fs';
import { bundleEntry, bundleIsStale } from './bundleState.mjs';

const root = new URL('..', import.meta.url);
const entry = bundleEntry(root);

if (bundleIsStale(root)) {
  try {
    const { buildCli } = await import('./build.mjs');
    await buildCli();
  } catch (e) {
    // Without esbuild (an install without devDependencies) an existing bundle still runs.
    if (statSync(entry, { throwIfNoEntry: false }) === undefined) {
      const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
      process.stderr.write(`looplab: cannot build the command: ${why}\nRun "npm install" in ${decodeURIComponent(root.pathname)} (it builds dist/cli/), then try again.\n`);
      process.exit(3);
    }
  }
}
await import(entry.href);
