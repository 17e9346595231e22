import { test, expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

// Dragging the right edge of a step's bar on the "As written" chart changes the step's
// duration: one undoable edit, the same as typing it. Positions are read like a person reads
// the chart: a request's row from its label, times from the axis's tick labels.

const writtenChart = (page: Page) => page.getByRole('application', { name: /^As written/ });
const variantChart = (page: Page) => page.getByTestId('variant-chart').getByRole('application');
const duration = (page: Page) => page.getByRole('spinbutton', { name: 'Duration of step 1 (ms)' });

/**
 * The time axis's tick labels ("200 ms"), read at once (one draw, never half of one and half
 * of the next): the row of them above the plot. The pointer's time chip inside the plot reads
 * the same way ("199 ms") and is not a tick.
 */
function axisTicks(chart: Locator): Promise<{ ms: number; x: number }[]> {
  return chart.locator('text').evaluateAll((texts) => {
    const ticks = texts.filter((t) => /^[\d,]+ ms$/.test(t.textContent)).map((t) => {
      const r = t.getBoundingClientRect();
      return { ms: Number(t.textContent.replace(/[^\d]/g, '')), x: r.x + r.width / 2, y: r.y };
    });
    const top = Math.min(...ticks.map((t) => t.y));
    return ticks.filter((t) => t.y < top + 2).map(({ ms, x }) => ({ ms, x })).sort((a, b) => a.x - b.x);
  });
}

/** The last time the axis shows: the chart is drawn at the viewport it has been given. */
const axisEnd = async (chart: Locator) => Math.max(...(await axisTicks(chart)).map((t) => t.ms));

/**
 * "A blocking call in def", requests view: each request's time.sleep(0.2) runs 0–200 ms; the
 * variant (async def) ends at 1,000 ms. Zoomed in once, so a pan would show on the axis. A
 * chart draws a zoom at the next frame: positions are read once both charts show it (read
 * before, on a busy machine, they were the whole timeline's, and a drag missed its edge).
 */
async function openBlockingInDef(page: Page) {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'A blocking call in def' });
  await page.getByRole('radio', { name: 'Requests' }).check();
  await expect(duration(page)).toHaveValue('200');
  const charts = [writtenChart(page), variantChart(page)];
  for (const chart of charts) await expect.poll(() => axisEnd(chart)).toBe(1000);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  for (const chart of charts) await expect.poll(() => axisEnd(chart)).toBeLessThan(1000);
}

/**
 * Client x of a time on a chart's axis, from the centres of two tick labels (not the first or
 * the last: those are pushed inside the plot's ends).
 */
async function axisX(chart: Locator) {
  const ticks = await axisTicks(chart);
  const [a, b] = [ticks[1]!, ticks[2]!];
  return (ms: number) => a.x + ((ms - a.ms) * (b.x - a.x)) / (b.ms - a.ms);
}

async function rowY(chart: Locator, n: number) {
  const box = (await chart.locator('text', { hasText: new RegExp(`^#${n} `) }).boundingBox())!;
  return box.y + box.height / 2;
}

const cursorOf = (chart: Locator) => chart.evaluate((el) => getComputedStyle(el).cursor);

/**
 * Where the right edge of a bar near `ms` on the row at `y` is, found as a person finds it:
 * the pointer moved along the row until the cursor says the edge can be grabbed, and on until
 * it no longer can; the middle of that stretch. A blocking call's bar ends a few ms after its
 * 200 ms (its thread starts first: request #2's at 203.5 ms), so a pointer put at 200 ms less
 * 2 px was at the very end of the edge's 5 px reach, or past it.
 */
async function edgeNear(page: Page, chart: Locator, x: (ms: number) => number, y: number, ms: number): Promise<number> {
  const grabbable: number[] = [];
  for (let px = Math.round(x(ms - 10)); px <= x(ms + 15); px++) {
    await page.mouse.move(px, y);
    if (await cursorOf(chart) === 'ew-resize') grabbable.push(px);
    else if (grabbable.length) break;
  }
  expect(grabbable.length, `an edge to grab near ${ms} ms`).toBeGreaterThan(0);
  return grabbable[Math.floor(grabbable.length / 2)]!;
}

test('drag a blocking call\'s right edge from 200 to 300 ms: the typed duration follows, Ctrl+Z brings it back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openBlockingInDef(page);
  const chart = writtenChart(page);
  const x = await axisX(chart);
  const y = await rowY(chart, 2);

  await page.mouse.move(x(185), y);
  await expect.poll(() => cursorOf(chart)).not.toBe('ew-resize'); // the middle of a bar is not an edge
  const edge = await edgeNear(page, chart, x, y, 200);
  await page.mouse.move(edge, y);
  await expect.poll(() => cursorOf(chart)).toBe('ew-resize');

  await page.mouse.down();
  const by = (ms: number) => edge + x(ms) - x(200); // the edge moved by `ms` − 200 ms
  await page.mouse.move(by(250), y, { steps: 5 });
  await page.mouse.move(by(300), y + 20, { steps: 5 }); // a little off the row: only x counts
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
  const edge = await edgeNear(page, chart, x, y, 200);
  const by = (ms: number) => edge + x(ms) - x(200);

  await page.mouse.move(edge, y);
  await page.mouse.down();
  await page.mouse.move(by(120), y, { steps: 4 });
  await expect(chart.locator('text', { hasText: /^blocking I\/O 200 → 1[12]\d(\.\d)? ms$/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(chart.locator('text', { hasText: / → / })).toHaveCount(0);
  await page.mouse.up();
  await expect(duration(page)).toHaveValue('200');
  await expect(chart).not.toHaveAccessibleName(/highlighted/); // Escape went to the drag, not to the selection

  await page.mouse.move(edge, y);
  await page.mouse.down();
  await page.mouse.move(by(260), y, { steps: 4 });
  await page.mouse.move(edge, y, { steps: 4 });
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
  const edge = await edgeNear(page, chart, x, y, 200);
  await page.mouse.move(edge, y);
  await page.mouse.down();
  await page.mouse.move(edge + x(280) - x(200), y, { steps: 4 });
  await expect(chart.locator('text', { hasText: / → / })).toHaveCount(1);
  await page.keyboard.press('h'); // chef mode: a new layout under the pointer
  await expect(chart.locator('text', { hasText: / → / })).toHaveCount(0);
  await page.mouse.up();
  await expect(duration(page)).toHaveValue('200');
  await expect(page.getByRole('note', { name: 'Unsaved changes' })).toHaveCount(0);
});
