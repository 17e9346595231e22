import { test, expect, type Page } from '@playwright/test';

// Hover and click must land on the bar under the pointer at every size, and when presenting
// (the chart draws larger text itself; no CSS zoom to throw hit-testing off).

async function openRequestsView(page: Page) {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'A blocking call in def' });
  await page.getByRole('radio', { name: 'Requests' }).check();
}

/**
 * Around 100 ms in request `n`'s row (its bar runs 0–200 ms): the row's label gives y, the
 * axis gives x (halfway from where "0 ms" starts to the "200 ms" tick) — what a person reads.
 */
async function barPoint(page: Page, n: number) {
  const chart = page.getByTestId('written-chart');
  const row = await chart.locator('text', { hasText: new RegExp(`^#${n} `) }).boundingBox();
  const zero = await chart.locator('text', { hasText: /^0 ms$/ }).first().boundingBox();
  const tick = await chart.locator('text', { hasText: /^200 ms$/ }).first().boundingBox();
  return { x: (zero!.x + tick!.x + tick!.width / 2) / 2, y: row!.y + row!.height / 2 };
}

async function hoverAndClick(page: Page, n: number) {
  const at = await barPoint(page, n);
  await page.mouse.move(at.x, at.y);
  await expect(page.getByRole('tooltip').first()).toContainText(`#${n} · report`);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByRole('application', { name: /^As written/ })).toHaveAccessibleName(new RegExp(`Request #${n} highlighted`));
}

for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
  test(`hover and click pick request #2's bar at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await openRequestsView(page);
    await hoverAndClick(page, 2);
  });
}

test('hover and click pick request #3\'s bar while presenting at 1920×1080', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openRequestsView(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('slider', { name: 'Playback time' })).toBeVisible();
  await hoverAndClick(page, 3);
});

test('a bar thinner than a pixel says so when pointed at: the pixel is drawn for several bars', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('application', { name: /^As written/ })).toBeVisible();
  // 2,000 requests a millisecond apart: about 3 ms a pixel, each request's loop work 0.2–0.35 ms.
  const scenario = {
    name: 'a busy loop, zoomed out', server: { workers: 1 },
    routes: [{ name: 'user', kind: 'async', steps: [{ await_io: 20 }, { cpu: 0.2 }] }],
    requests: [{ route: 'user', at: 0, count: 2000, every: 1 }],
  };
  // Ctrl+O, as a person opens a file (the round trip first: a key press could beat the listener).
  const picker = page.waitForEvent('filechooser');
  await page.evaluate(() => 0);
  await page.keyboard.press('Control+o');
  await (await picker).setFiles({ name: 'busy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
  // Simulated in a worker: under a loaded test run that can take longer than expect's 5 s.
  await expect(page.getByRole('region', { name: /^As written/ })).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  const chart = page.getByTestId('written-chart');
  await expect(chart.locator('text', { hasText: /^1,000 ms$/ }).first()).toBeVisible({ timeout: 15_000 });
  const row = await chart.locator('text', { hasText: /^event loop$/ }).first().boundingBox();
  const zero = await chart.locator('text', { hasText: /^0 ms$/ }).first().boundingBox();
  const tick = await chart.locator('text', { hasText: /^1,000 ms$/ }).first().boundingBox();
  await page.mouse.move(tick!.x + tick!.width / 2 - (tick!.x - zero!.x) / 3, row!.y + row!.height / 2);
  await expect(page.getByRole('tooltip').first()).toContainText('Thinner than a pixel at this zoom');
});
