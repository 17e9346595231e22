/**
 * The Electron main process: the thin adapter between Electron and the plain, unit-tested
 * modules beside it. Everything decided here (window options, menu, IPC checks, file and
 * recovery behaviour) lives in those modules; this file only wires them to Electron's objects.
 * Simulations run in the page's own Web Workers (renderer/src/host/workerEngine.ts); the
 * worker thread started here (engine/engineHost.ts) is their fallback, used only when a module
 * worker cannot start in the page.
 */
import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CHANNELS, type HostDocument } from '../shared/ipc/contract';
import { APP_ENTRY_URL, APP_SCHEME, CONTENT_SECURITY_POLICY, contentTypeFor, isAppUrl, resolveAppFile } from './window/appOrigin';
import { createMainWindow, isPermissionGranted, shouldBlockNavigation, WINDOW_OPEN_DECISION } from './window/windowOptions';
import { buildMenuModel } from './menu/menuModel';
import { toMenuTemplate } from './menu/menuTemplate';
import { createValidatedIpcMain } from './ipc/validatedIpcMain';
import { parseExportFile, parseMeasureNow, parseOpenScenario, parseSaveScenario, parseNoArguments, parseSetDocumentState, parseSimulate } from './ipc/channelPayloads';
import { MeasureHost, spawnMeasureWorker } from './measure/measureHost';
import { EngineHost, spawnEngineWorker } from './engine/engineHost';
import { RecentFiles } from './files/recentFiles';
import { RecoveryStore } from './files/recoveryStore';
import { CloseGuard, DocumentSession } from './document/documentSession';
import { HostService } from './hostService';
import { electronDialogs } from './nativeDialogs';
import { scenarioPathFromArgv } from './launch/argv';

const startedAt = performance.now();
const mark = (label: string): void => {
  if (process.env.LOOPLAB_STARTUP_TIMING === '1') console.log(`[startup] ${label}: ${(performance.now() - startedAt).toFixed(1)} ms`);
};

// Before 'ready': our scheme must be standard and secure so CSP 'self', modules and fetch work.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | undefined;
let pageListens = false;
const queuedDocuments: HostDocument[] = [];
const launchArgs = { cwd: process.cwd(), defaultApp: process.defaultApp === true };
let pendingPath = scenarioPathFromArgv(process.argv, launchArgs);

// Tests run the unpackaged app with a throwaway profile, so they never see the user's recovery file.
if (!app.isPackaged && process.env.LOOPLAB_USER_DATA !== undefined) app.setPath('userData', process.env.LOOPLAB_USER_DATA);
const userData = app.getPath('userData');
const documentSession = new DocumentSession();
const recent = new RecentFiles(userData);
const engine = new EngineHost(() => spawnEngineWorker(join(__dirname, 'engineWorker.js')));
// "Measure now": the Python package ships as a resource when packaged (electron-builder.yml),
// and is measure/ beside dist/ in a checkout.
const measurer = new MeasureHost(
  () => spawnMeasureWorker(join(__dirname, 'measureWorker.js'), { packageDir: app.isPackaged ? process.resourcesPath : join(__dirname, '..', '..', 'measure') }),
  (progress) => mainWindow?.webContents.send(CHANNELS.measureProgress, progress),
);
const host = new HostService({
  dialogs: electronDialogs(() => mainWindow),
  engine,
  session: documentSession,
  recent,
  recovery: new RecoveryStore(userData),
  sendDocument: (document) => {
    if (pageListens && mainWindow !== undefined) mainWindow.webContents.send(CHANNELS.documentOpened, document);
    else queuedDocuments.push(document);
  },
  recentChanged: () => installMenu(),
});

if (!app.requestSingleInstanceLock()) {
  // Another LoopLab is running: it receives our argv through 'second-instance' and opens the file.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow?.isMinimized() === true) mainWindow.restore();
    mainWindow?.focus();
    const path = scenarioPathFromArgv(argv, { cwd: workingDirectory, defaultApp: launchArgs.defaultApp });
    if (path !== null) void host.openPath(path);
  });
  // macOS double-click; it may arrive before 'ready', when there is no window yet.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (mainWindow === undefined) pendingPath = path;
    else void host.openPath(path);
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (navigation) => shouldBlockNavigation(navigation.url) && navigation.preventDefault());
    contents.on('will-redirect', (navigation) => !isAppUrl(navigation.url) && navigation.preventDefault());
    contents.on('will-attach-webview', (attach) => attach.preventDefault());
    contents.setWindowOpenHandler(() => WINDOW_OPEN_DECISION);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => { void engine.dispose(); void measurer.dispose(); });
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  mark('ready');
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  protocol.handle(APP_SCHEME, serveAppFile);
  registerIpc();
  await recent.load();
  installMenu();
  mark('menu built');
  createWindow();
  mark('window created');
}

function createWindow(): void {
  const window = createMainWindow(BrowserWindow, join(__dirname, 'preload.cjs'));
  mainWindow = window;
  const guard = new CloseGuard(() => host.confirmDiscardCurrent(), () => window.close());
  window.on('close', (event) => guard.requestClose() || event.preventDefault());
  window.on('closed', () => { mainWindow = undefined; pageListens = false; });
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    pageListens = false;
    void host.recoverAfterPageCrash().then(() => window.reload());
  });
  window.once('ready-to-show', () => {
    window.show();
    mark('window shown');
    // The fallback engine, warmed off the startup path, so that if the page's Web Workers
    // cannot start, its first simulation is not also a cold one.
    setTimeout(() => engine.warmUp(), 250);
    void afterShow();
  });
  void window.loadURL(APP_ENTRY_URL);
}

async function afterShow(): Promise<void> {
  await host.offerRecovery();
  const path = pendingPath;
  pendingPath = null;
  if (path !== null) await host.openPath(path);
}

function installMenu(): void {
  const model = buildMenuModel({ platform: process.platform, recentFiles: recent.list(), isPackaged: app.isPackaged });
  Menu.setApplicationMenu(Menu.buildFromTemplate(toMenuTemplate(model, {
    command: (name) => mainWindow?.webContents.send(CHANNELS.menuCommand, name),
    host: (action) => void (action.kind === 'openRecent' ? host.openPath(action.path) : host.clearRecent()),
  }, process.platform)));
}

function registerIpc(): void {
  const ipc = createValidatedIpcMain(ipcMain, isAppUrl, ({ channel, reason }) => console.warn(`[ipc] refused ${channel}: ${reason}`));
  ipc.handle(CHANNELS.simulate, parseSimulate, (scenario, options) => host.simulate(scenario, options));
  ipc.handle(CHANNELS.openScenario, parseOpenScenario, () => host.openScenario());
  ipc.handle(CHANNELS.openRun, parseNoArguments, () => host.openRun());
  ipc.handle(CHANNELS.openPython, parseNoArguments, () => host.openPython());
  ipc.handle(CHANNELS.measureAvailability, parseNoArguments, () => measurer.availability());
  ipc.handle(CHANNELS.measureNow, parseMeasureNow, (scenario, repeats) => measurer.measureNow(scenario, repeats));
  ipc.on(CHANNELS.measureCancel, parseNoArguments, () => measurer.cancel());
  ipc.handle(CHANNELS.saveScenario, parseSaveScenario, (text, path, name) => host.saveScenario(text, path, name));
  ipc.handle(CHANNELS.exportFile, parseExportFile, (data, name) => host.exportFile(data, name));
  ipc.on(CHANNELS.setDocumentState, parseSetDocumentState, (state) => host.setDocumentState(state));
  ipc.on(CHANNELS.documentListenerReady, parseNoArguments, () => {
    pageListens = true;
    for (const document of queuedDocuments.splice(0)) mainWindow?.webContents.send(CHANNELS.documentOpened, document);
  });
}

/** Serves dist/web under looplab://app/ with the CSP as a header; nothing outside dist/web. */
async function serveAppFile(request: Request): Promise<Response> {
  const file = resolveAppFile(request.url, join(__dirname, '..', 'web'));
  if (file === null) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(body, { headers: {
      'content-type': contentTypeFor(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
