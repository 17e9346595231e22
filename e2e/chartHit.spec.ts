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
