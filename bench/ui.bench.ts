/**
 * Edit → redraw in real Chromium, through the UI: builds the web app, opens a generated
 * scenario of 50, 1,000 and 10,000 requests through the file chooser, clicks "Add CPU
 * burst" and "Delete step 5" in turn (each a new scenario object, simulated afresh, of the
 * same size), then "Undo" as many times (those timelines come from the app's cache, so they
 * are reported apart), and reads the User Timing measures the app records:
 * `looplab:edit-to-redraw` (accepted edit → both charts drawn), `looplab:simulate`
 * (engine round trip through the worker) and `looplab:render` (one chart draw), plus the
 * draw time of zoom steps. Run: npm run bench:ui  (CHROMIUM=/path overrides /usr/bin/chromium)
 */
import { build, preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';

const configFile = fileURLToPath(new URL('../renderer/vite.config.ts', import.meta.url));
const outDir = fileURLToPath(new URL('../.tmp/bench-web', import.meta.url));
const SIZES = [50, 1_000, 10_000];
const EDITS = 10;

/** An I/O-bound async route with a little CPU: every lane kind busy, nothing degenerate. */
function scenarioText(requests: number): string {
  return JSON.stringify({
    name: `bench ${requests}`,
    server: { cores: 4, workers: 2 },
    routes: [{ name: 'api', kind: 'async', steps: [{ cpu: 1 }, { await_io: 40 }, { to_thread: [{ blocking_io: 5 }], pool: 'executor' }, { cpu: 0.5 }] }],
    requests: [{ route: 'api', at: 0, count: requests, every: 2 }],
  });
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)]! : NaN; };
const durations = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
const clear = (page: Page) => page.evaluate(() => performance.clearMeasures());

async function waitForRedraws(page: Page, count: number) {
  await page.waitForFunction((n) => performance.getEntriesByName('looplab:edit-to-redraw').length >= n, count, { timeout: 120_000 });
}

async function measure(page: Page, requests: number) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
  await clear(page);
  await chooser.setFiles({ name: `bench-${requests}.json`, mimeType: 'application/json', buffer: Buffer.from(scenarioText(requests)) });
  await waitForRedraws(page, 1);
  await clear(page);
  for (let i = 0; i < EDITS; i++) {
    // The scenario has 4 steps: the burst becomes step 5, and deleting it gives back an equal
    // (but new) scenario, so every edit is simulated at the same size.
    await page.getByRole('button', { name: i % 2 === 0 ? 'Add CPU burst' : 'Delete step 5' }).click();
    await waitForRedraws(page, i + 1);
  }
  const edit = await durations(page, 'looplab:edit-to-redraw');
  const simulate = await durations(page, 'looplab:simulate');
  const render = await durations(page, 'looplab:render');
  const engine = await durations(page, 'looplab:engine');
  const unpack = await durations(page, 'looplab:unpack');
  await clear(page);
  for (let i = 0; i < EDITS; i++) {
    await page.getByRole('button', { name: 'Undo' }).click();
    await waitForRedraws(page, i + 1);
  }
  const undo = await durations(page, 'looplab:edit-to-redraw');
  await clear(page);
  for (let i = 0; i < 10; i++) {
    await page.getByRole('button', { name: i < 5 ? 'Zoom in' : 'Zoom out' }).click();
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  const zoom = await durations(page, 'looplab:render');
  return {
    requests,
    'edit→redraw median ms': +median(edit).toFixed(1),
    'edit→redraw max ms': +Math.max(...edit).toFixed(1),
    'simulate median ms': +median(simulate).toFixed(1),
    'engine (in worker) ms': +median(engine).toFixed(1),
    'unpack ms': +median(unpack).toFixed(1),
    'render median ms': +median(render).toFixed(2),
    'zoom frame median ms': +median(zoom).toFixed(2),
    'undo→redraw median ms': +median(undo).toFixed(1),
  };
}

/** Time to first chart: a fresh page, from navigation start to the end of the first chart draw. */
async function firstChartMs(url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('looplab:render').length > 0, undefined, { timeout: 30_000 });
  const ms = await page.evaluate(() => {
    const first = performance.getEntriesByName('looplab:render')[0]!;
    return first.startTime + first.duration;
  });
  await context.close();
  return ms;
}

await build({ configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
const server = await preview({ configFile, build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
try {
  const url = server.resolvedUrls!.local[0]!;
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) starts.push(await firstChartMs(url));
  console.log(`time to first chart (fresh page, navigation start → first chart drawn): median ${median(starts).toFixed(0)} ms of ${starts.map((x) => x.toFixed(0)).join(', ')}`);
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.getByRole('application', { name: /^As written/ }).waitFor();
  const rows = [];
  for (const n of SIZES) rows.push(await measure(page, n));
  console.log(`edit → redraw through the UI (median of ${EDITS} fresh edits; targets: < 16 ms at 50, < 100 ms at 10,000); undo → redraw from the cache`);
  console.table(rows);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
