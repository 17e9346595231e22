#!/usr/bin/env node
// Bundles the Electron side into dist/electron/ with esbuild: the main process, the sandboxed
// preload and the engine worker, each one file. The engine lives only in the worker bundle, so
// the main process never parses it at startup. Prints each bundle's size and fails the build if
// the preload needs anything but 'electron' or the engine leaks into main.
import { build } from 'esbuild';
import { mkdir, writeFile, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const bundles = [
  { name: 'main', entry: 'electron/main.ts', out: 'main.js' },
  { name: 'preload', entry: 'electron/preload.ts', out: 'preload.cjs' },
  { name: 'engine worker', entry: 'electron/engine/engineWorker.ts', out: 'engineWorker.js' },
  // "Measure now": the scenario loader, the engine and the Python child processes, off main.
  { name: 'measure worker', entry: 'electron/measure/measureWorker.ts', out: 'measureWorker.js' },
];

/** Builds into `outdir` (default dist/electron); returns [{ name, file, bytes, inputs, imports }]. */
export async function buildElectron(outdir = join(root, 'dist', 'electron')) {
  await mkdir(outdir, { recursive: true });
  // The root package.json says "type": "module"; these bundles are CommonJS (Electron's
  // sandboxed preload must be), so this folder says so for itself.
  await writeFile(join(outdir, 'package.json'), '{ "type": "commonjs" }\n');
  const results = [];
  for (const bundle of bundles) {
    const file = join(outdir, bundle.out);
    const { metafile } = await build({
      absWorkingDir: root,
      entryPoints: [bundle.entry],
      outfile: file,
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'cjs',
      external: ['electron'],
      minify: true,
      keepNames: true,
      sourcemap: 'linked',
      legalComments: 'none',
      metafile: true,
      logLevel: 'warning',
    });
    const output = metafile.outputs[relative(root, file).split('\\').join('/')];
    results.push({
      name: bundle.name,
      file,
      bytes: (await stat(file)).size,
      inputs: Object.keys(metafile.inputs),
      imports: (output?.imports ?? []).filter((i) => i.external).map((i) => i.path),
    });
  }
  check(results);
  return results;
}

function check(results) {
  const byName = Object.fromEntries(results.map((r) => [r.name, r]));
  const preloadImports = byName.preload.imports.filter((path) => path !== 'electron');
  if (preloadImports.length > 0) {
    throw new Error(`the sandboxed preload may only require 'electron', but it needs: ${preloadImports.join(', ')}`);
  }
  const engineInMain = byName.main.inputs.filter((path) => path.startsWith('shared/engine/') || path.startsWith('shared/scenario/load'));
  if (engineInMain.length > 0) {
    throw new Error(`the engine must load lazily in the worker, but main bundles: ${engineInMain.join(', ')}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const results = await buildElectron();
  for (const r of results) console.log(`  ${relative(root, r.file).padEnd(30)} ${(r.bytes / 1024).toFixed(1).padStart(7)} kB`);
  console.log(`electron bundles built in ${(performance.now() - started).toFixed(0)} ms`);
}
