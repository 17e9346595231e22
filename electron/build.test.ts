/**
 * The real bundles, built into a temp folder: what the sandbox allows the preload, what stays
 * out of main's startup path, and the bundled engine worker running a real scenario. Also
 * prints the figures a fast start depends on (bundle sizes, main's own startup work).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildElectron, type BundleResult } from './build.mjs';
import { EngineHost, spawnEngineWorker } from './engine/engineHost';
import { buildMenuModel } from './menu/menuModel';
import { toMenuTemplate } from './menu/menuTemplate';
import { capturedWindowOptions } from './window/windowOptions.fixture';
import { MeasureHost, spawnMeasureWorker } from './measure/measureHost';
import { measuringPython, PACKAGE_DIR } from '../measure/testSupport';

let outdir: string;
let bundles: BundleResult[];
beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), 'looplab-bundle-'));
  bundles = await buildElectron(outdir);
}, 60_000);
afterAll(async () => { await rm(outdir, { recursive: true, force: true }); });

const bundle = (name: string) => bundles.find((b) => b.name === name)!;

describe('electron bundles', () => {
  it('gives the sandboxed preload nothing to require but electron', () => {
    expect(bundle('preload').imports).toEqual(['electron']);
  });

  it('keeps the engine and the scenario loader out of the main bundle', () => {
    expect(bundle('main').inputs.filter((i) => i.startsWith('shared/engine/') || i.includes('zod'))).toEqual([]);
    expect(bundle('engine worker').inputs).toContain('shared/engine/simulate.ts');
    console.log(`bundle sizes: ${bundles.map((b) => `${b.name} ${(b.bytes / 1024).toFixed(1)} kB`).join(', ')}`);
  });

  it('runs a real scenario in the bundled engine worker and reports bad ones clearly', async () => {
    const engine = new EngineHost(() => spawnEngineWorker(join(outdir, 'engineWorker.js')));
    const scenario = { name: 'tiny', routes: [{ name: 'slow', kind: 'async', steps: [{ cpu: 5 }, { await_io: 10 }] }], requests: [{ route: 'slow', at: 0, count: 3, every: 2 }] };
    const result = await engine.simulate(scenario);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.timeline.requests).toHaveLength(3);
    const bad = await engine.simulate({ name: 'bad', routes: [], requests: [{ route: 'missing', at: 0 }] });
    expect(bad).toEqual({ ok: false, error: expect.stringContaining('The scenario is not valid') });
    await engine.dispose();
  }, 30_000);

  it('runs "Measure now" in the bundled measure worker: finds a Python that can measure, refuses an invalid scenario', async () => {
    const progress: string[] = [];
    const measurer = new MeasureHost(() => spawnMeasureWorker(join(outdir, 'measureWorker.js'), { packageDir: PACKAGE_DIR }), (p) => progress.push(p.phase));
    const python = await measuringPython();
    const available = await measurer.availability();
    expect(available.ok).toBe(python !== undefined);
    const bad = await measurer.measureNow({ name: 'bad', routes: [], requests: [{ route: 'missing', at: 0 }] }, 3);
    expect(bad).toMatchObject({ ok: false, canceled: false, message: expect.stringMatching(/^The scenario cannot be measured: /) });
    expect(bundle('main').inputs.filter((i) => i.startsWith('measure/'))).toEqual([]); // the worker has it, main does not
    await measurer.dispose();
  }, 60_000);
});

describe("main process's own startup work", () => {
  it('builds the menu and window options in a few milliseconds', () => {
    const started = performance.now();
    const model = buildMenuModel({ platform: process.platform, recentFiles: ['/a/x.looplab.json'], isPackaged: true });
    toMenuTemplate(model, { command: () => undefined, host: () => undefined }, process.platform);
    capturedWindowOptions('/p/preload.cjs');
    const ms = performance.now() - started;
    console.log(`menu model + template + window options: ${ms.toFixed(2)} ms`);
    expect(ms).toBeLessThan(50);
  });
});
