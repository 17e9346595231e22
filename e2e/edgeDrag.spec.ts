import { test, expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

// Dragging the right edge of a step's bar on the "As written" chart changes the step's
// duration: one undoable edit, the same as typing it. Positions are read like a person reads
// the chart: a request's row from its label, times from the axis's tick labels.

const writtenChart = (page: Page) => page.getByRole('application', { name: /^As written/ });
const variantChart = (page: Page) => page.getByTestId('variant-chart').getByRole('application');
const duration = (page: Page) => page.getByRole('spinbutton', { name: 'Duration of step 1 (ms)' });

/**
 * "A blocking call in def", requests view: each request's time.sleep(0.2) runs 0–200 ms; the
 * variant (async def) ends at 1,000 ms. Zoomed in once, so a pan would show on the axis.
 */
async function openBlockingInDef(page: Page) {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'A blocking call in def' });
  await page.getByRole('radio', { name: 'Requests' }).check();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(duration(page)).toHaveValue('200');
}

/**
 * Client x of a time on a chart's axis, from the centres of two tick labels (not the first or
 * the last: those are pushed inside the plot's ends).
 */
async function axisX(chart: Locator) {
  const ticks: { ms: number; x: number }[] = [];
  for (const label of await chart.locator('text').filter({ hasText: /^[\d,]+ ms$/ }).all()) {
    const box = (await label.boundingBox())!;
    ticks.push({ ms: Number((await label.textContent())!.replace(/[^\d]/g, '')), x: box.x + box.width / 2 });
  }
  ticks.sort((a, b) => a.x - b.x);
  const [a, b] = [ticks[1]!, ticks[2]!];
  return (ms: number) => a.x + ((ms - a.ms) * (b.x - a.x)) / (b.ms - a.ms);
}

async function rowY(chart: Locator, n: number) {
  const box = (await chart.locator('text', { hasText: new RegExp(`^#${n} `) }).boundingBox())!;
  return box.y + box.height / 2;
}

const cursorOf = (chart: Locator) => chart.evaluate((el) => getComputedStyle(el).cursor);

test('drag a blocking call\'s right edge from 200 to 300 ms: the typed duration follows, Ctrl+Z brings it back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openBlockingInDef(page);
  const chart = writtenChart(page);
  const x = await axisX(chart);
  const y = await rowY(chart, 2);

  await page.mouse.move(x(185), y);
  await expect.poll(() => cursorOf(chart)).not.toBe('ew-resize'); // the middle of a bar is not an edge
  await page.mouse.move(x(200) - 2, y);
  await expect.poll(() => cursorOf(chart)).toBe('ew-resize');

  await page.mouse.down();
  await page.mouse.move(x(250), y, { steps: 5 });
  await page.mouse.move(x(300), y + 20, { steps: 5 }); // a little off the row: only x counts
  // The preview: a chip with the old and new duration; the view did not pan.
  await expect(chart.locator('text', { hasText: /^blocking I\/O 200 → (29[7-9]|30[0-3])(\.\d)? ms$/ })).toBeVisible();
  expect(Math.abs((await axisX(chart))(200) - x(200))).toBeLessThan(0.5); // no pan
  mkdirSync('.tmp', { recursive: true });
  await page.screenshot({ path: '.tmp/drag.png' });
  await page.mouse.up();

  await expect(page.getByRole('status')).toHaveText(/Change duration: done/);
  await expect(page.getByRole('note', { name: 'Unsaved changes' })).toBeVisible();
  // The field copies the document's value in an effect, a render after the edit: wait for it.
  await expect.poll(async () => Number(await duration(page).inputValue())).toBeGreaterThanOrEqual(297);
  expect(Number(await duration(page).inputValue())).toBeLessThanOrEqual(303);
  await expect(chart.locator('text', { hasText: / → / })).toHaveCount(0); // the preview is gone

  await page.keyboard.press('Control+z');
  await expect(duration(page)).toHaveValue('200');
  await expect(page.getByRole('status')).toHaveText(/Undone/);
});

test('Escape cancels an edge drag, and a drag that ends where it began changes nothing', async ({ page }) => {
  await openBlockingInDef(page);
  const chart = writtenChart(page);
  const x = await axisX(chart);
  const y = await rowY(chart, 3);

  await page.mouse.move(x(200) - 1, y);
  await page.mouse.down();
  await page.mouse.move(x(120), y, { steps: 4 });
  await expect(chart.locator('text', { hasText: /^blocking I\/O 200 → 1[12]\d(\.\d)? ms$/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(chart.locator('text', { hasText: / → / })).toHaveCount(0);
  await page.mouse.up();
  await expect(duration(page)).toHaveValue('200');
  await expect(chart).not.toHaveAccessibleName(/highlighted/); // Escape went to the drag, not to the selection

  await page.mouse.move(x(200) - 1, y);
  await page.mouse.down();
  await page.mouse.move(x(260), y, { steps: 4 });
  await page.mouse.move(x(200) - 1, y, { steps: 4 });
  await page.mouse.up();
  await expect(duration(page)).toHaveValue('200');
  await expect(page.getByRole('note', { name: 'Unsaved changes' })).toHaveCount(0);
});

test('the variant chart is derived: its edges are not handles, and dragging there pans', async ({ page }) => {
  await openBlockingInDef(page);
  const chart = variantChart(page);
  await expect(chart).toBeVisible();
  const x = await axisX(chart);
  const y = await rowY(chart, 0);
  await page.mouse.move(x(200) - 1, y); // request #0's blocking call ends at 200 ms here too
  await expect.poll(() => cursorOf(chart)).not.toBe('ew-resize');
  await page.mouse.down();
  await page.mouse.move(x(300), y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await axisX(chart))(200) - x(200)).toBeGreaterThan(50); // panned
  await expect(duration(page)).toHaveValue('200');
  await expect(page.getByRole('note', { name: 'Unsaved changes' })).toHaveCount(0);
});

test('on the written chart, a drag away from an edge still pans', async ({ page }) => {
  await openBlockingInDef(page);
  const chart = writtenChart(page);
  const x = await axisX(chart);
  const y = await rowY(chart, 1);
  await page.mouse.move(x(185), y);
  await page.mouse.down();
  await page.mouse.move(x(285), y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await axisX(chart))(200) - x(200)).toBeGreaterThan(50);
  await expect(duration(page)).toHaveValue('200');
});

test('a drag under way is dropped when the chart lays out anew (its step may no longer be there)', async ({ page }) => {
  await openBlockingInDef(page);
  const chart = writtenChart(page);
  const x = await axisX(chart);
  const y = await rowY(chart, 2);
  await page.mouse.move(x(200) - 1, y);
  await page.mouse.down();
  await page.mouse.move(x(280), y, { steps: 4 });
  await expect(chart.locator('text', { hasText: / → / })).toHaveCount(1);
  await page.keyboard.press('h'); // chef mode: a new layout under the pointer
  await expect(chart.locator('text', { hasText: / → / })).toHaveCount(0);
  await page.mouse.up();
  await expect(duration(page)).toHaveValue('200');
  await expect(page.getByRole('note', { name: 'Unsaved changes' })).toHaveCount(0);
});
