/**
 * The desktop app end to end, through Playwright's Electron driver: open a scenario passed on
 * the command line, edit it, save, reopen. Needs Electron's binary, which `npm install` never
 * downloads: the first `npm start` does (scripts/ensureElectron.mjs), on a machine with
 * internet. Where it is missing (CI, an offline machine) every test here is reported as
 * skipped, with the reason.
 */
import { test, expect, _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseFromMenu } from './menus';

const repo = process.cwd();

/** The electron package exports the binary's path, and throws if the download never happened. */
function electronBinaryAvailable(): boolean {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary);
  } catch {
    return false;
  }
}

test.skip(!electronBinaryAvailable(),
  'Electron binary not downloaded (it comes with the first `npm start`, which needs internet): run `npm start` once on a machine with internet, then `npx playwright test --project=electron`');

const scenario = {
  name: 'e2e scenario',
  server: { workers: 1, cores: 2 },
  routes: [{ name: 'slow', kind: 'async', steps: [{ cpu: 5 }, { await_io: 20 }] }],
  requests: [{ route: 'slow', at: 0, count: 4, every: 5 }],
};

let workdir: string;
let scenarioPath: string;

test.beforeAll(async () => {
  // The web build comes from the webServer step of playwright.config.ts; the Electron bundles from here.
  execFileSync(process.execPath, ['electron/build.mjs'], { cwd: repo, stdio: 'inherit' });
  workdir = await mkdtemp(join(tmpdir(), 'looplab-electron-e2e-'));
  scenarioPath = join(workdir, 'demo.looplab.json');
  await writeFile(scenarioPath, JSON.stringify(scenario, null, 2));
});

test.afterAll(async () => {
  if (workdir) await rm(workdir, { recursive: true, force: true });
});

let launches = 0;

async function launch(file: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    args: ['.', file],
    cwd: repo,
    // A fresh profile per launch: a recovery file left by a failed test must not prompt the next.
    env: { ...process.env, LOOPLAB_USER_DATA: join(workdir, `userData-${++launches}`) },
  });
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'LoopLab' })).toBeVisible();
  return { app, page };
}

test('opens a scenario, edits it, saves it and reopens it', async () => {
  const first = await launch(scenarioPath);
  await expect(first.page.getByRole('banner').getByText('demo.looplab.json', { exact: true })).toBeVisible();
  const workers = first.page.getByRole('spinbutton', { name: 'Workers' });
  await expect(workers).toHaveValue('1');

  await workers.fill('2');
  await workers.press('Enter');
  await expect(first.page.getByRole('note', { name: 'Unsaved changes' })).toBeVisible();

  // The path came from main (argv), so Save writes it without a dialog.
  await chooseFromMenu(first.page, 'File', 'Save');
  await expect(first.page.getByRole('note', { name: 'Unsaved changes' })).toBeHidden();
  expect((JSON.parse(await readFile(scenarioPath, 'utf8')) as { server: { workers: number } }).server.workers).toBe(2);
  await first.app.close();

  const second = await launch(scenarioPath);
  await expect(second.page.getByRole('spinbutton', { name: 'Workers' })).toHaveValue('2');
  await second.app.close();
});

test('the page has no Node, only window.looplab, and the native menu has the four menus', async () => {
  const { app, page } = await launch(scenarioPath);
  expect(await page.evaluate(() => {
    const globals = window as unknown as { require?: unknown; process?: unknown };
    return [typeof globals.require, typeof globals.process, typeof window.looplab?.simulate];
  })).toEqual(['undefined', 'undefined', 'function']);
  expect(await page.evaluate(() => location.protocol)).toBe('looplab:');
  const menus = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label.replace('&', '')) ?? []);
  expect(menus).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
  await app.close();
});

test('the desktop app registers no service worker (it loads its own files; the offline cache is the web build\'s)', async () => {
  const { app, page } = await launch(scenarioPath);
  await expect(page.getByRole('application', { name: /^As written/ })).toBeVisible();
  await page.waitForTimeout(500); // the web build registers right after start; give it the chance to misbehave
  const registrations = await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return 0;
    // A scheme without service-worker rights may refuse even to list them: that also means none.
    return navigator.serviceWorker.getRegistrations().then((r) => r.length, () => 0);
  });
  expect(registrations).toBe(0);
  await app.close();
});
