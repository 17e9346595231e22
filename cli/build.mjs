#!/usr/bin/env node
// Bundles the command line (cli/looplab.ts and what it imports) into dist/cli/ with esbuild, so
// `looplab` starts as plain JavaScript: no TypeScript is compiled when it runs. `npm install`
// runs this (the "prepare" script); cli/bin.mjs runs it again when a source is newer than the
// bundle. Commands that need much more code (export's chart and d3) are imported lazily and
// land in their own chunk, which simulate and validate never load.
import { build } from 'esbuild';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the bundle goes, and the file listing its sources (for cli/bin.mjs's staleness check). */
export const CLI_DIR = join(root, 'dist', 'cli');
export const CLI_ENTRY = 'looplab.mjs';
export const CLI_INPUTS = 'inputs.json';

/** Builds into `outdir`; returns the entry file, every file written, and the repository sources it holds. */
export async function buildCli(outdir = CLI_DIR) {
  const { outputFiles, metafile } = await build({
    absWorkingDir: root,
    entryPoints: { looplab: 'cli/looplab.ts' },
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    minify: true,
    keepNames: true,
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  // Sources of the repository only: node_modules changes only with npm install, which rebuilds.
  const inputs = Object.keys(metafile.inputs).filter((f) => !f.includes('node_modules/'));
  const entry = join(outdir, CLI_ENTRY);
  // Several `looplab` processes may build at once (parallel tests): each file is written to a
  // temporary name and renamed into place, chunks (named by content hash) first and the entry
  // last, so no process ever imports a half-written file or an entry whose chunks are missing.
  const files = [...outputFiles.filter((f) => f.path !== entry), ...outputFiles.filter((f) => f.path === entry)];
  const written = [];
  for (const file of [...files.slice(0, -1), { path: join(outdir, CLI_INPUTS), contents: `${JSON.stringify(inputs)}\n` }, files.at(-1)]) {
    await mkdir(dirname(file.path), { recursive: true });
    const temp = `${file.path}.${process.pid}.tmp`;
    await writeFile(temp, file.contents);
    await rename(temp, file.path);
    written.push(file.path);
  }
  await removeOldChunks(join(outdir, 'chunks'), new Set(written));
  return { entry, files: written, inputs, bytes: outputFiles.reduce((n, f) => n + f.contents.length, 0) };
}

/**
 * Chunks of earlier builds (their names change with their content). Only those a minute old:
 * a `looplab` started just before this build may still be about to import one.
 */
async function removeOldChunks(dir, keep) {
  const now = Date.now();
  for (const name of await readdir(dir).catch(() => [])) {
    const path = join(dir, name);
    if (keep.has(path)) continue;
    const info = await stat(path).catch(() => undefined);
    if (info !== undefined && now - info.mtimeMs > 60_000) await rm(path, { force: true });
  }
}

/** Removes the bundle (tests use it to start from a fresh clone's state). */
export async function cleanCli(outdir = CLI_DIR) {
  await rm(outdir, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { entry, files, bytes } = await buildCli();
  console.log(`looplab: built ${relative(root, entry)} (${files.length - 1} files, ${(bytes / 1024).toFixed(0)} KiB)`);
}
