/**
 * The main process's own startup work, measured on the real bundle (dist-like build in a temp
 * folder) with a stand-in 'electron' module: evaluating main.js, then everything 'ready' does up
 * to the window being created (permission handlers, protocol, IPC, recent files, menu). Electron's
 * own boot and the page load are not in it; they need the binary.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildElectron } from './build.mjs';

let outdir: string;
let userData: string;
beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), 'looplab-startup-'));
  userData = await mkdtemp(join(tmpdir(), 'looplab-startup-data-'));
  await buildElectron(outdir);
}, 60_000);
afterAll(async () => {
  await rm(outdir, { recursive: true, force: true });
  await rm(userData, { recursive: true, force: true });
});

/** Just enough of Electron for main.js to start; records what it was asked to do. */
function fakeElectron(onWindow: (options: { webPreferences?: Record<string, unknown> }) => void) {
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => { ready = resolve; });
  const emitter = () => ({ on() { return this; }, once() { return this; } });
  const app = {
    ...emitter(), isPackaged: true, quit() {}, setPath() {},
    getPath: () => userData, requestSingleInstanceLock: () => true, whenReady: () => whenReady,
  };
  class BrowserWindow {
    webContents = { ...emitter(), send() {} };
    constructor(options: { webPreferences?: Record<string, unknown> }) { onWindow(options); }
    on() { return this; }
    once() { return this; }
    loadURL() { return Promise.resolve(); }
  }
  const electron = {
    app, BrowserWindow,
    ipcMain: { handle() {}, on() {} },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu() {} },
    protocol: { registerSchemesAsPrivileged() {}, handle() {} },
    session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } },
    dialog: {},
  };
  return { electron, ready: () => ready() };
}

describe('main process startup', () => {
  it('evaluates main.js and reaches window creation in milliseconds', async () => {
    let windowCreatedAt = 0;
    let prefs: Record<string, unknown> | undefined;
    const { electron, ready } = fakeElectron((options) => { windowCreatedAt = performance.now(); prefs = options.webPreferences; });
    const moduleInternals = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const realLoad = moduleInternals._load;
    moduleInternals._load = (request, ...rest) => (request === 'electron' ? electron : realLoad(request, ...rest));
    try {
      const started = performance.now();
      createRequire(import.meta.url)(join(outdir, 'main.js'));
      const evaluated = performance.now();
      ready();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(windowCreatedAt).toBeGreaterThan(0);
      const evaluateMs = evaluated - started;
      const readyToWindowMs = windowCreatedAt - evaluated;
      console.log(`main startup: evaluate main.js ${evaluateMs.toFixed(1)} ms, ready → window created ${readyToWindowMs.toFixed(1)} ms`);
      expect(evaluateMs + readyToWindowMs).toBeLessThan(500);
      expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, preload: join(outdir, 'preload.cjs') });
    } finally {
      moduleInternals._load = realLoad;
    }
  });
});
