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
});
