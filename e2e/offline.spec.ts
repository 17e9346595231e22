/**
 * The browser build as an offline web app, served the way a school or GitHub Pages would:
 * a plain static server, under a sub-path. After one visit the network goes away (the
 * server is stopped and the browser set offline) and the app must still start and draw.
 */
import { test, expect, type Page } from '@playwright/test';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type StaticSite } from './staticSite';
import { chooseFromMenu } from './menus';

// The service worker is what these tests are about (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

let site: StaticSite | undefined;
let root: string;

/** A private copy of dist/web (built by the webServer step), so a test may change it. */
test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'looplab-site-'));
  await cp('dist/web', root, { recursive: true });
  site = await serveStatic(root, '/courses/fastapi/looplab/');
});

test.afterEach(async () => {
  await site?.close();
  await rm(root, { recursive: true, force: true });
});

const writtenChart = (page: Page) => page.getByRole('application', { name: /^As written/ });
const p50 = (page: Page) => page.getByRole('row', { name: /^Latency p50/ }).getByRole('cell').first();

/** First visit: the app draws, and the service worker has precached everything. */
async function firstVisit(page: Page) {
  await page.goto(site!.url);
  await expect(writtenChart(page)).toHaveAttribute('aria-label', /timeline of \d+ requests/);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect(page.getByRole('status')).toContainText('Ready to work offline');
}

test('after one visit the app starts and works with the network off: charts, metrics, the engine worker and lessons', async ({ page, context }) => {
  await firstVisit(page);
  await site!.close();
  await context.setOffline(true);
  const served = site!.requests();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'LoopLab' })).toBeVisible();
  await expect(writtenChart(page)).toHaveAttribute('aria-label', /timeline of \d+ requests/);
  await expect(page.getByRole('application', { name: /^Flipped/ })).toHaveAttribute('aria-label', /timeline of \d+ requests/);
  await expect(p50(page)).not.toHaveText('—');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // 3,000 requests go to the engine's Web Worker, whose script must come from the cache too.
  const big = {
    name: 'three thousand', server: { workers: 2 },
    routes: [{ name: 'api', kind: 'async', steps: [{ cpu: 1 }, { await_io: 40 }] }],
    requests: [{ route: 'api', at: 0, count: 3000, every: 2 }],
  };
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), chooseFromMenu(page, 'File', 'Open…')]);
  await chooser.setFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(big)) });
  await expect(writtenChart(page)).toHaveAttribute('aria-label', /timeline of 3000 requests/);
  expect(await page.evaluate(() => performance.getEntriesByName('looplab:engine').length)).toBeGreaterThanOrEqual(1);

  // A lesson opens and draws its chart.
  await page.getByRole('button', { name: 'Lessons' }).click();
  await page.getByRole('button', { name: /^Myth 2/ }).click();
  await expect(page.getByRole('heading', { name: /^Myth 2/ })).toBeVisible();
  // Its first chart is titled with the lesson's scenario; both draw.
  await expect(page.getByRole('application').first()).toHaveAttribute('aria-label', /timeline of \d+ requests/);
  expect(site!.requests()).toBe(served); // nothing reached the (stopped) server
});

test('offline, Open Python reads a FastAPI file: the analysis worker and the parser\'s .wasm files come from the cache', async ({ page, context }) => {
  await firstVisit(page);
  await site!.close();
  await context.setOffline(true);
  const served = site!.requests();
  await page.reload();
  await expect(writtenChart(page)).toHaveAttribute('aria-label', /timeline of \d+ requests/);

  // The parser loads on the first reading, never at start: this is its first fetch of the .wasm files.
  await chooseFromMenu(page, 'File', 'Open Python…');
  const dialog = page.getByRole('dialog', { name: 'Open Python' });
  await dialog.getByLabel('FastAPI code').fill('import time\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get("/report")\nasync def report():\n    time.sleep(0.2)\n    return {}\n');
  await dialog.getByRole('button', { name: 'Analyse' }).click();
  await expect(page.getByRole('status')).toContainText('Read app.py: 1 route, 1 warning');
  await expect(page.getByRole('application', { name: /^As written: .*async def GET \/report\(\)/ })).toHaveAttribute('aria-label', /timeline of \d+ requests/);
  await expect(page.getByRole('complementary', { name: 'Python: app.py' }).getByRole('button', { name: /Warning · line 9/ })).toBeVisible();
  expect(site!.requests()).toBe(served);
});

test('the web app is installable: a manifest with name, icons, colour and standalone display, relative to its sub-path', async ({ page }) => {
  await page.goto(site!.url);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href!, site!.url);
  expect(manifestUrl.pathname).toBe('/courses/fastapi/looplab/manifest.webmanifest');
  const manifest = (await (await page.request.get(manifestUrl.href)).json()) as { theme_color: string; icons: { src: string; sizes: string }[] };
  expect(manifest).toMatchObject({ short_name: 'LoopLab', display: 'standalone', start_url: './', scope: './' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(response.status(), icon.src).toBe(200);
  }
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['256x256', '512x512']));
});

test('every file of the build is precached (the Python parser\'s .wasm files too, when the build has them)', async ({ page }) => {
  await firstVisit(page);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((f) => f.isFile() && !/^(sw|workbox-[\w-]+)\.js$/.test(f.name))
    .map((f) => join(f.parentPath, f.name).slice(root.length + 1));
  const prefix = '/courses/fastapi/looplab/';
  for (const file of files) expect(cached, file).toContain(prefix + file);
  test.info().annotations.push({ type: 'precached', description: `${files.length} files, ${files.filter((f) => f.endsWith('.wasm')).length} of them .wasm` });
});

test('an update downloads in the background and waits: "Updated — reload" is held back during a lesson, and reloading brings the new version', async ({ page }) => {
  await firstVisit(page);
  await page.reload(); // now controlled by the first version
  await expect(writtenChart(page)).toBeVisible();

  // A new version is published: a changed index.html, and the service worker's precache list says so.
  const html = await readFile(join(root, 'index.html'), 'utf8');
  await writeFile(join(root, 'index.html'), html.replace('<title>', '<meta name="looplab-build" content="second" />\n    <title>'));
  const sw = await readFile(join(root, 'sw.js'), 'utf8');
  const patched = sw.replace(/\{url:"index\.html",revision:"[0-9a-f]+"\}/, '{url:"index.html",revision:"second-build"}');
  expect(patched).not.toBe(sw);
  await writeFile(join(root, 'sw.js'), patched);

  // The learner is in a lesson when the browser finds the update.
  await page.getByRole('button', { name: 'Lessons' }).click();
  await page.getByRole('button', { name: /^Myth 2/ }).click();
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting !== null && r?.waiting !== undefined))).toBe(true);
  const notice = page.getByRole('region', { name: 'Update available' });
  await page.waitForTimeout(300);
  await expect(notice).toHaveCount(0); // never mid-lesson
  expect(await page.locator('meta[name="looplab-build"]').count()).toBe(0);

  await page.getByRole('button', { name: '‹ All lessons' }).click();
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect(page.locator('meta[name="looplab-build"]')).toHaveAttribute('content', 'second');
  await expect(writtenChart(page)).toHaveAttribute('aria-label', /timeline of \d+ requests/);
});
