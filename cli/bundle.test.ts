// The `looplab` command's bundle: built without TypeScript at run time, rebuilt when stale, and
// light on the paths that must start fast (simulate, validate never load export's drawing code).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCli } from './build.mjs';
import { bundleIsStale } from './bundleState.mjs';

const root = join(__dirname, '..');
const scenario = join(root, 'assets', 'scenarios', 'blocking-in-async.json');

describe('the looplab bundle', { timeout: 60_000 }, () => {
  it('is plain JavaScript that runs with node alone, and keeps the export code out of simulate and validate', async () => {
    const out = mkdtempSync(join(tmpdir(), 'looplab-bundle-'));
    const built = await buildCli(out);
    expect(built.files.every((f) => /\.(mjs|json)$/.test(f))).toBe(true);
    expect(built.inputs).toContain('shared/engine/simulate.ts');
    const run = spawnSync(process.execPath, [built.entry, 'validate', scenario], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stdout).toBe('ok: The same blocking call in async def, 5 requests\n');
    // The entry imports shared chunks statically; the export chunk only dynamically.
    const entryText = readFileSync(built.entry, 'utf8');
    const exportChunk = readdirSync(join(out, 'chunks')).find((f) => f.startsWith('exportRun-'));
    expect(exportChunk).toBeDefined();
    const staticImports = [...entryText.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
    expect(staticImports.length).toBeGreaterThan(0);
    expect(staticImports.some((s) => s!.includes('exportRun'))).toBe(false);
    expect(entryText).toContain(`chunks/${exportChunk}`);
  });

  it('counts as stale when missing, when a source is newer, and when a source is gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'looplab-stale-'));
    const rootUrl = pathToFileURL(`${dir}/`);
    expect(bundleIsStale(rootUrl)).toBe(true);
    mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
    mkdirSync(join(dir, 'cli'));
    writeFileSync(join(dir, 'cli', 'a.ts'), '');
    utimesSync(join(dir, 'cli', 'a.ts'), 1000, 1000);
    writeFileSync(join(dir, 'dist', 'cli', 'looplab.mjs'), '');
    utimesSync(join(dir, 'dist', 'cli', 'looplab.mjs'), 2000, 2000);
    writeFileSync(join(dir, 'dist', 'cli', 'inputs.json'), JSON.stringify(['cli/a.ts']));
    expect(bundleIsStale(rootUrl)).toBe(false);
    utimesSync(join(dir, 'cli', 'a.ts'), 3000, 3000);
    expect(bundleIsStale(rootUrl)).toBe(true);
    writeFileSync(join(dir, 'dist', 'cli', 'inputs.json'), JSON.stringify(['cli/gone.ts']));
    expect(bundleIsStale(rootUrl)).toBe(true);
  });
});
