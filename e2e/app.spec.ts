import { test, expect, type Page } from '@playwright/test';

// Through the UI only: roles and names a person would use.

async function openApp(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'LoopLab' })).toBeVisible();
  await expect(page.getByRole('application', { name: /^As written/ })).toBeVisible();
}

const writtenChart = (page: Page) => page.getByRole('application', { name: /^As written/ });
const metricCellAny = (page: Page) => page.getByRole('row', { name: /^Latency p50/ }).getByRole('cell').nth(1);
const metricCell = (page: Page, metric: string) => page.getByRole('row', { name: new RegExp(`^${metric}`) }).getByRole('cell').first();

/** A built-in scenario with its first route as async def, so every step kind can be added. */
async function openAsyncScenario(page: Page) {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ index: 0 });
  await page.getByRole('radio', { name: 'async def', exact: true }).check();
}

test('add an I/O wait and a CPU burst: chart and metrics change; undo brings them back', async ({ page }) => {
  await openAsyncScenario(page);
  const chart = writtenChart(page);
  const p50 = metricCell(page, 'Latency p50');
  await expect(p50).not.toHaveText('—');
  const before = { label: await chart.getAttribute('aria-label'), p50: await p50.textContent(), pixels: await chart.screenshot() };

  await page.getByRole('button', { name: 'Add I/O wait' }).click();
  await expect(page.getByRole('status')).toHaveText(/Add I\/O wait: done/);
  await page.getByRole('button', { name: 'Add CPU burst' }).click();
  await expect(page.getByRole('list', { name: /^Steps of/ }).getByRole('button', { name: /CPU burst/ }).last()).toHaveAttribute('aria-pressed', 'true');

  await expect(p50).not.toHaveText(before.p50!);
  await expect(chart).not.toHaveAttribute('aria-label', before.label!);
  expect((await chart.screenshot()).equals(before.pixels)).toBe(false);
  await expect(page.getByRole('note', { name: 'Unsaved changes' })).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await page.keyboard.press('Control+z');
  await expect(p50).toHaveText(before.p50!);
  await page.keyboard.press('Control+Shift+Z');
  await expect(p50).not.toHaveText(before.p50!);
});

test('invalid edits are refused with a message and change nothing', async ({ page }) => {
  await openApp(page);
  await page.getByRole('radio', { name: 'def', exact: true }).check();
  const steps = page.getByRole('list', { name: /^Steps of/ });
  const count = await steps.getByRole('listitem').count();

  // Shown disabled before the click (editorFeedback.spec.ts); its key still asks, and is refused.
  await expect(page.getByRole('button', { name: 'Add I/O wait' })).toBeDisabled();
  await steps.getByRole('button').first().click();
  await page.keyboard.press('i');
  await expect(page.getByRole('alert')).toContainText('await is only allowed inside async def');
  await expect(steps.getByRole('listitem')).toHaveCount(count);

  const duration = page.getByRole('spinbutton', { name: 'Duration of step 1 (ms)' });
  const original = await duration.inputValue();
  await duration.fill('-5');
  await duration.press('Enter');
  await expect(page.getByRole('alert')).toContainText(`Step 1 of "report" keeps its ${original} ms: a duration cannot be negative (got -5 ms).`);
  await expect(duration).toHaveValue(original);
});

test('type a duration, move and delete a step, change the server', async ({ page }) => {
  await openAsyncScenario(page);
  const steps = page.getByRole('list', { name: /^Steps of/ });
  const duration = page.getByRole('spinbutton', { name: 'Duration of step 1 (ms)' });
  await duration.fill('321');
  await duration.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/Change duration: done/);
  await page.getByRole('button', { name: 'Add blocking I/O' }).click();
  const n = await steps.locator(':scope > li').count();
  await page.getByRole('button', { name: `Move step ${n} up` }).click();
  await expect(page.getByRole('button', { name: `Step ${n - 1}. blocking I/O` })).toBeVisible();
  await page.getByRole('button', { name: `Delete step ${n - 1}` }).click();
  await expect(steps.locator(':scope > li')).toHaveCount(n - 1);

  const workers = page.getByRole('spinbutton', { name: 'Workers' });
  await workers.fill('3');
  await workers.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/Set workers: done/);
  await page.getByRole('checkbox', { name: /GIL/ }).uncheck();
  await expect(page.getByRole('checkbox', { name: /GIL/ })).not.toBeChecked();
});

test('zoom in and fit redraw both charts on one axis', async ({ page }) => {
  await openApp(page);
  // The axis labels are drawn text: what a viewer reads to know the time range shown.
  const axisOf = (n: number) => page.getByRole('application').nth(n).locator('text').filter({ hasText: /^[0-9.,]+ (ms|s)$/ }).allTextContents();
  await expect(metricCellAny(page)).not.toHaveText('—'); // both timelines are in
  await page.getByRole('button', { name: 'Fit whole timeline' }).click();
  const fitted = [await axisOf(0), await axisOf(1)];
  expect(fitted[0]).toEqual(fitted[1]);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => axisOf(0)).not.toEqual(fitted[0]);
  expect(await axisOf(1)).toEqual(await axisOf(0));
  await page.getByRole('button', { name: 'Fit whole timeline' }).click();
  await expect.poll(() => axisOf(0)).toEqual(fitted[0]);
});

test('the requests view shows where each request spent its time, in both charts', async ({ page }) => {
  await openApp(page);
  await page.getByRole('radio', { name: 'Requests' }).check();
  await expect(writtenChart(page)).toHaveAttribute('aria-label', /where each request spent its time/);
  await expect(page.getByRole('application').nth(1)).toHaveAttribute('aria-label', /where each request spent its time/);
  await page.keyboard.press('r');
  await expect(writtenChart(page)).toHaveAttribute('aria-label', /who is busy/);
});

/** The first built-in scenario on a 1280×720 projector's window; its written chart. */
async function openFirstBuiltinAt1280(page: Page) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ index: 0 });
  const chart = writtenChart(page);
  await expect(chart).toBeVisible();
  return chart;
}

test('the charts keep their size when the first edit makes the document unsaved (1280×720)', async ({ page }) => {
  const chart = await openFirstBuiltinAt1280(page);
  await expect(page.getByRole('note', { name: 'Unsaved changes' })).toHaveCount(0);
  const before = await chart.boundingBox();
  await page.getByRole('button', { name: 'Add CPU burst' }).click();
  await expect(page.getByRole('note', { name: 'Unsaved changes' })).toBeVisible();
  // A toolbar that wrapped here shrank both charts by 44 px and made them redraw twice per edit.
  expect(await chart.boundingBox()).toEqual(before);
});

test('at 1280×720 with the editor open, the chart controls take one row', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  const controls = page.getByRole('toolbar', { name: 'Chart' });
  await expect(controls.getByRole('combobox', { name: 'Theme' })).toBeVisible();
  await expect(controls.getByRole('button', { name: /Panel/ })).toHaveAttribute('aria-expanded', 'true');
  // One row of 37 px buttons; a wrapped second row took 44 px from the charts.
  expect((await controls.boundingBox())!.height).toBeLessThan(50);
});

test('the folded metrics line stays one line when its figures grow, so the charts keep their size (1280×720)', async ({ page }) => {
  const chart = await openFirstBuiltinAt1280(page);
  const before = await chart.boundingBox();
  const p95 = metricCell(page, 'Latency p95');
  const was = await p95.textContent();
  const duration = page.getByRole('spinbutton', { name: 'Duration of step 1 (ms)' });
  await duration.fill('654321');
  await duration.press('Enter');
  await expect(p95).not.toHaveText(was!);
  // Wrapping to a second line here took 19 px from both charts in the middle of an edit.
  expect(await chart.boundingBox()).toEqual(before);
});

test('the page itself never scrolls at 1280×720: the toolbar stays put (panels scroll inside)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await expect(writtenChart(page)).toBeVisible();
  // The folded metrics table, hidden for the eye only, kept its full height and made the
  // page 92 px taller: a focus change scrolled the toolbar out of sight.
  expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThanOrEqual(720);
});
