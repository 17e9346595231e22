import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from './axe';
import { chooseFromMenu } from './menus';

// A real run (RUN.json from `looplab measure`) drawn over the simulation.

const RUNS = fileURLToPath(new URL('../assets/runs/', import.meta.url));

async function compareWith(page: Page, file: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Compare with a real run…' }).click()]);
  await chooser.setFiles({ name: file, mimeType: 'application/json', buffer: await readFile(RUNS + file) });
}

test('a run of the open scenario: the headline, measured vs simulated percentiles, outlines in the requests view', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('blocking-in-async');
  await compareWith(page, 'blocking-in-async.run.json');
  const banner = page.getByRole('status', { name: 'Real run' });
  await expect(banner).toContainText('5 of 5 requests agree within max(15 ms, 15 %)');
  const p95 = banner.getByRole('table', { name: 'Latency, measured and simulated' }).getByRole('row', { name: /^p95/ });
  await expect(p95.getByRole('cell').nth(0)).toHaveText(/^1,00\d$/); // measured, ms
  await expect(p95.getByRole('cell').nth(1)).toHaveText('vs 1,002'); // simulated: five 200 ms calls in a row, plus the loop's own work per request
  await expect(page.getByRole('radio', { name: 'Requests' })).toBeChecked();
  const chart = page.getByTestId('written-chart');
  await expect(chart.locator('[aria-label*="Dashed outlines"]')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/real-run-overlay.png' });
  await page.getByRole('button', { name: 'Panel' }).click();
  await page.screenshot({ path: 'test-results/real-run-overlay-wide.png' });
  await expectNoAxeViolations(page);
});

/** Records, for each chart canvas, the pills its last frame painted bars' labels on (a fill just before a text), in plot px. */
async function recordLabelPills(page: Page) {
  await page.addInitScript(() => {
    type Pill = { x: number; y: number; w: number; h: number };
    const frames = new WeakMap<HTMLCanvasElement, Pill[]>();
    const lastFill = new WeakMap<HTMLCanvasElement, Pill>();
    (window as unknown as { labelPills: (c: Element) => Pill[] }).labelPills = (c) => frames.get(c as HTMLCanvasElement) ?? [];
    const proto = CanvasRenderingContext2D.prototype;
    const clearRect = Object.getOwnPropertyDescriptor(proto, 'clearRect')!.value as (this: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) => void;
    const fillRect = Object.getOwnPropertyDescriptor(proto, 'fillRect')!.value as typeof clearRect;
    const fillText = Object.getOwnPropertyDescriptor(proto, 'fillText')!.value as (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) => void;
    proto.clearRect = function (x, y, w, h) {
      if (x === 0 && y === 0) frames.set(this.canvas, []); // a new frame
      clearRect.call(this, x, y, w, h);
    };
    proto.fillRect = function (x, y, w, h) {
      lastFill.set(this.canvas, { x, y, w, h });
      fillRect.call(this, x, y, w, h);
    };
    proto.fillText = function (text, x, y, maxWidth) {
      const pill = lastFill.get(this.canvas);
      if (pill) frames.get(this.canvas)?.push(pill);
      if (maxWidth === undefined) fillText.call(this, text, x, y);
      else fillText.call(this, text, x, y, maxWidth);
    };
  });
}

test("a measured outline keeps off the bars' labels: zoomed in where the measured arrivals fall on them, each label reads as it does without the run", async ({ page }) => {
  await recordLabelPills(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('blocking-in-async');
  await compareWith(page, 'blocking-in-async.run.json');
  const chart = page.getByTestId('written-chart');
  await expect(chart.locator('[aria-label*="Dashed outlines"]')).toHaveCount(1);
  // The first milliseconds, large: the real requests arrived 0.16-0.4 ms in, a few px into "accept, read and parse the request".
  const zero = (await chart.locator('text', { hasText: /^0 ms$/ }).boundingBox())!;
  const row = (await chart.locator('text', { hasText: /^#2 report$/ }).boundingBox())!;
  await page.mouse.move(zero.x + zero.width / 2, row.y);
  await page.keyboard.down('Control');
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await page.mouse.move(0, 0); // no tooltip or cursor over the bars
  await chart.getByRole('application').focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('a');
  await expect(chart.locator('text', { hasText: /^0 ms$/ })).toHaveCount(1);
  await page.waitForTimeout(300); // a chart draws in the frame after its data
  const canvas = chart.locator('canvas');
  const origin = (await canvas.boundingBox())!;
  const pills = await canvas.evaluate((c) => (window as unknown as { labelPills: (c: Element) => { x: number; y: number; w: number; h: number }[] }).labelPills(c));
  expect(pills.length).toBeGreaterThanOrEqual(4);
  // The case this is about: some outline's left edge falls inside a label's pill.
  const edges = await chart.locator('rect[stroke-dasharray]').evaluateAll((rs) => rs.map((r) => { const b = r.getBoundingClientRect(); return { x: b.x, y: b.y, bottom: b.bottom }; }));
  const crossed = pills.filter((p) => edges.some((e) => e.x > origin.x + p.x && e.x < origin.x + p.x + p.w && e.y < origin.y + p.y + p.h && e.bottom > origin.y + p.y));
  expect(crossed.length, 'labels an outline edge falls on').toBeGreaterThan(0);
  // Each such label's pixels, 1 px inside its pill, are the same with the overlay and without it.
  const shots = async () => Promise.all(crossed.map((p) => page.screenshot({ clip: { x: origin.x + p.x + 1, y: origin.y + p.y + 1, width: p.w - 2, height: p.h - 2 } })));
  const withRun = await shots();
  await chart.locator('svg g[clip-path$="-plot)"]').evaluate((g) => { (g as SVGGElement).style.visibility = 'hidden'; });
  const withoutRun = await shots();
  expect(withRun.filter((shot, i) => !shot.equals(withoutRun[i]!)).length, 'labels the outline drew over').toBe(0);
});

test('the tooltip of a measured request gives both figures and the difference', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('blocking-in-async');
  await compareWith(page, 'blocking-in-async.run.json');
  const chart = page.getByTestId('written-chart');
  const row = await chart.locator('text', { hasText: /^#0 report$/ }).boundingBox();
  const zero = await chart.locator('text', { hasText: /^0 ms$/ }).first().boundingBox();
  const tick = await chart.locator('text', { hasText: /^200 ms$/ }).first().boundingBox();
  await page.mouse.move((zero!.x + tick!.x + tick!.width / 2) / 2, row!.y + row!.height / 2);
  const tooltip = page.getByRole('tooltip').first();
  await expect(tooltip).toContainText('#0 · report');
  // The five reports are sent together: its figures are the first place's among them.
  await expect(tooltip).toContainText(/measured 20\d(\.\d+)? ms \(1st to end of 5 sent together: median of 5 runs, /);
  await expect(tooltip).toContainText('simulated 200 ms');
  await expect(tooltip).toContainText(/difference −\d(\.\d+)? ms: agrees \(within \d+(\.\d+)? ms\)/);
});

test('a run of another scenario says so; opening its scenario shows the comparison, and undo goes back', async ({ page }) => {
  await page.goto('./');
  const picker = page.getByRole('combobox', { name: 'Scenario', exact: true });
  await picker.selectOption('blocking-in-async');
  await compareWith(page, 'blocking-in-def.run.json');
  const banner = page.getByRole('status', { name: 'Real run' });
  await expect(banner).toContainText('blocking-in-def.run.json measured another scenario: “A blocking call in def”');
  await expect(page.getByTestId('written-chart').locator('[aria-label*="Dashed outlines"]')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await banner.getByRole('button', { name: 'Open its scenario' }).click();
  await expect(banner).toContainText('5 of 5 requests agree within max(15 ms, 15 %)');
  await expect(page.getByTestId('written-chart').locator('[aria-label*="Dashed outlines"]')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(banner).toContainText('measured another scenario');
  // An edit makes it another scenario too; undoing the edit brings the comparison back.
  await banner.getByRole('button', { name: 'Open its scenario' }).click();
  await page.getByRole('radio', { name: 'def report()' }).check();
  await page.getByRole('button', { name: 'Add blocking I/O' }).click();
  await expect(banner).toContainText('measured another scenario');
  await page.keyboard.press('Control+z');
  await expect(banner).toContainText('5 of 5 requests agree');
  await banner.getByRole('button', { name: 'Close comparison' }).click();
  await expect(banner).toHaveCount(0);
});

test('a file that is not a run: every problem with its path, and the document is unchanged', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('blocking-in-async');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Compare with a real run…' }).click()]);
  const run = JSON.parse(await readFile(RUNS + 'blocking-in-async.run.json', 'utf8'));
  run.repeats = 4;
  run.requests[0].latency_ms = 1;
  await chooser.setFiles({ name: 'edited.run.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(run)) });
  const errors = page.getByRole('alertdialog', { name: 'edited.run.json did not open' });
  await expect(errors).toContainText('requests[0].latency_runs: holds 5 latencies but "repeats" is 4');
  await expect(errors).toContainText('requests[0].latency_ms: must be the median of latency_runs');
  await expect(page.getByRole('status', { name: 'Real run' })).toHaveCount(0);
});

test('Export SVG draws the measured outlines too', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('blocking-in-async');
  await compareWith(page, 'blocking-in-async.run.json');
  await chooseFromMenu(page, 'Export', 'Export SVG…');
  const dialog = page.getByRole('dialog', { name: 'Export SVG' });
  await dialog.getByRole('combobox', { name: 'Charts' }).selectOption('main');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^Save SVG/ }).click()]);
  const svg = await readFile((await download.path()), 'utf8');
  expect(svg.match(/stroke-dasharray="7 4"/g)).toHaveLength(5);
  expect(svg).toContain('5 of 5 requests agree within max(15 ms, 15 %)');
});

test("a real app's OpenTelemetry spans open as a scenario of their arrivals, outlined", async ({ page }) => {
  await page.goto('./');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Compare with a real run…' }).click()]);
  const spans = fileURLToPath(new URL('../shared/run/__fixtures__/shop.otlp.jsonl', import.meta.url));
  await chooser.setFiles({ name: 'shop.otlp.jsonl', mimeType: 'application/x-ndjson', buffer: await readFile(spans) });
  const banner = page.getByRole('status', { name: 'Real run' });
  await expect(banner).toContainText('shop.otlp.jsonl: 13 requests to 3 routes of shop, from OpenTelemetry spans.');
  await banner.getByRole('button', { name: 'Open as a scenario' }).click();
  await expect(banner).toContainText('13 of 13 requests agree within max(15 ms, 15 %)');
  await expect(banner).toContainText('spans of shop, opentelemetry python 1.39.0');
  await expect(page.getByText("Opened the traces as a scenario: the arrivals are real, each route's step is a placeholder").first()).toBeVisible();
  const chart = page.getByTestId('written-chart');
  await expect(chart).toContainText('GET /report');
  await page.getByRole('button', { name: 'Panel' }).click();
  await page.screenshot({ path: 'test-results/otlp-overlay.png' });
});

test('at 1280×720 beside the editor a real run costs the charts two lines at most: its Close button keeps to the headline, and the metrics line stays in the window', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('blocking-in-async');
  await compareWith(page, 'blocking-in-async.run.json');
  const banner = page.getByRole('status', { name: 'Real run' });
  await expect(banner).toContainText('5 of 5 requests agree');
  // The Close button had a line of its own, 35 px of chart height, which pushed the metrics under the window.
  const headline = (await banner.getByText('5 of 5 requests agree').boundingBox())!;
  const close = (await banner.getByRole('button', { name: 'Close comparison' }).boundingBox())!;
  expect(close.y).toBeLessThan(headline.y + headline.height);
  const table = (await banner.getByRole('table', { name: 'Latency, measured and simulated' }).boundingBox())!;
  expect(table.x + table.width).toBeLessThanOrEqual(close.x); // nothing under the button
  await expect(page.getByRole('region', { name: 'Metrics' })).toBeInViewport({ ratio: 1 });
  // Wide, all on one line: the button still inside the strip's border.
  await page.setViewportSize({ width: 1920, height: 1080 });
  const strip = (await banner.boundingBox())!;
  const wideClose = (await banner.getByRole('button', { name: 'Close comparison' }).boundingBox())!;
  expect(wideClose.y).toBeGreaterThanOrEqual(strip.y);
  expect(wideClose.y + wideClose.height).toBeLessThanOrEqual(strip.y + strip.height);
});
