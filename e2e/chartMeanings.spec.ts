import { test, expect, type Page } from '@playwright/test';
import { openFresh } from './openApp';

// A student opening a scenario alone, who has never met "the GIL" or "anyio thread 3":
// pointing at a row's name or a legend item says what it is.

async function pointAt(page: Page, chartName: RegExp, text: string) {
  const chart = page.getByRole('application', { name: chartName });
  // Row names and legend items are drawn text (the chart's overlay lets the pointer through to the chart).
  const box = await chart.getByText(text, { exact: true }).first().boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  return page.getByRole('tooltip');
}

test('pointing at a row\'s name or a legend item says what it means, in kitchen words in chef mode', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'A GIL-bound def route slowing the loop' });
  const written = /^As written/;

  let tip = await pointAt(page, written, 'waiting for the GIL');
  await expect(tip).toContainText('waiting for the GIL');
  await expect(tip).toContainText('the lock CPython hands to one thread of a process at a time');

  tip = await pointAt(page, written, 'anyio thread 0');
  await expect(tip).toContainText('anyio thread 0');
  await expect(tip).toContainText('each def route runs on one');

  tip = await pointAt(page, written, 'event loop');
  await expect(tip).toContainText('runs every async def route');

  tip = await pointAt(page, written, 'loop blocked');
  await expect(tip).toContainText('every other request on this worker had to wait');

  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toHaveCount(0);

  await page.getByRole('button', { name: 'Chef mode' }).click();
  tip = await pointAt(page, written, 'helper cook 0');
  await expect(tip).toContainText('A helper cook');
  await expect(tip).not.toContainText('thread');
});

test('beside a lesson, the one key for both charts explains its items too', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await page.getByRole('button', { name: /^Step 3 ·/ }).click();
  await page.getByRole('group', { name: 'Your answer' }).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Lock in my answer' }).click();
  await page.getByRole('button', { name: 'Reveal' }).click();
  const key = page.getByRole('region', { name: 'Chart key' });
  await expect(key.getByTitle(/the lock CPython hands to one thread of a process at a time/)).toContainText('waiting for the GIL');
  await expect(key.getByTitle(/every other request on this worker had to wait/)).toContainText('loop blocked');
  // Read as a list (a screen reader does not read a title), each item says its meaning too.
  await expect(key.getByRole('listitem').filter({ hasText: 'waiting for the GIL' })).toContainText('the lock CPython hands to one thread of a process at a time');
  // And the keyboard's cursor goes through the key's items from a chart, as from a chart's own legend.
  const chart = page.getByRole('application', { name: /^def routes/ });
  await chart.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(chart.getByRole('tooltip')).toContainText('every other request on this worker had to wait');
});

test('with the keyboard alone, the arrows go through a chart\'s rows and its legend, each shown and announced with what it means, the chart one Tab stop', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'A GIL-bound def route slowing the loop' });
  const chart = page.getByRole('application', { name: /^As written/ });
  await expect(chart).toHaveAccessibleName(/Up and down go through the rows, and above the first row the legend/);
  await chart.focus();
  const tip = chart.getByRole('tooltip');
  // What a screen reader says as the cursor moves (the tooltip itself is drawn, not focused).
  const said = chart.locator('[aria-live="polite"]');

  await page.keyboard.press('ArrowDown');
  await expect(tip).toContainText('event loop');
  await expect(tip).toContainText('runs every async def route');
  await expect(said).toHaveText(/^event loop, row 1 of \d+: One thread per worker/);
  await page.keyboard.press('ArrowDown');
  await expect(tip).toContainText('anyio thread 0');
  await expect(tip).toContainText('each def route runs on one');
  await expect(said).toHaveText(/^anyio thread 0, row 2 of \d+: /);

  // Above the first row, the legend: its last item first.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowUp');
  await expect(tip).toContainText('loop blocked');
  await expect(tip).toContainText('every other request on this worker had to wait');
  await expect(said).toHaveText(/^Legend, loop blocked: /);
  for (let i = 0; i < 8 && !/waiting for the GIL/.test(await said.textContent() ?? ''); i++) await page.keyboard.press('ArrowUp');
  await expect(tip).toContainText('the lock CPython hands to one thread of a process at a time');

  // The whole chart is one Tab stop: the next Tab leaves it, and its cursor's tooltip goes.
  await page.keyboard.press('Tab');
  await expect(chart).not.toBeFocused();
  await expect(chart.locator(':focus')).toHaveCount(0);
  await expect(tip).toBeHidden();
  await expect(said).toHaveText('');

  // Back in the chart the cursor goes on from where it was; in chef mode, in kitchen words.
  await page.getByRole('button', { name: 'Chef mode' }).click();
  await chart.focus();
  await page.keyboard.press('Home');
  await expect(tip).toContainText('The one chef of this kitchen');
  await page.keyboard.press('ArrowDown');
  await expect(tip).toContainText('helper cook 0');
  await expect(tip).toContainText('A helper cook');
  await expect(tip).not.toContainText('thread');
});

test('in the requests view, End goes to the last request and Enter highlights it, as a click on its name does', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('radio', { name: 'Requests' }).check();
  const chart = page.getByRole('application', { name: /^As written/ });
  const requests = Number(/timeline of (\d+) requests/.exec((await chart.getAttribute('aria-label'))!)![1]);
  await chart.focus();
  await page.keyboard.press('End');
  await expect(chart.getByRole('tooltip')).toContainText('One request, from its arrival to its response');
  await page.keyboard.press('Enter');
  await expect(chart).toHaveAccessibleName(new RegExp(`Request #${requests - 1} highlighted`));
  await page.keyboard.press('Escape');
  await expect(chart).not.toHaveAccessibleName(/highlighted/);
  await expect(chart.getByRole('tooltip')).toBeHidden();
});
