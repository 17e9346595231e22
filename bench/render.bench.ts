/**
 * Chart draw benchmark in real Chromium: serves renderer/ with Vite, opens /dev/chartBench.html,
 * prints the 'looplab:render' figures (median ms) for 50, 1,000 and 10,000 requests.
 * Run: npx tsx bench/render.bench.ts   (CHROMIUM=/path/to/chromium to override /usr/bin/chromium)
 */
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';

const server = await createServer({ configFile: fileURLToPath(new URL('../renderer/vite.config.ts', import.meta.url)), server: { port: 0 }, logLevel: 'error' });
await server.listen();
const url = server.resolvedUrls?.local[0];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1300, height: 800 } });
  await page.goto(`${url}dev/chartBench.html`);
  await page.waitForFunction(() => 'looplabBench' in window, undefined, { timeout: 180_000 });
  const rows = await page.evaluate(() => (window as unknown as { looplabBench: Record<string, number | string>[] }).looplabBench);
  console.log('chart draw (looplab:render, median ms; edit = layout + draw, engine excluded)');
  console.table(rows.map((r) => ({ ...r, ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' && k.endsWith('Ms') ? Number(v.toFixed(2)) : v])) })));
} finally {
  await browser.close();
  await server.close();
}
