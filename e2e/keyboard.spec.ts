import { test, expect, type Page } from '@playwright/test';
import { openFresh } from './openApp';

// The editor and the charts with the keyboard alone, as a student at home would use them.

async function openAsyncScenario(page: Page) {
  await openFresh(page);
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ index: 0 });
  await page.getByRole('radio', { name: 'async def', exact: true }).check();
}

const stepsList = (page: Page) => page.getByRole('list', { name: /^Steps of/ });
const stepButton = (page: Page, n: number) => stepsList(page).getByRole('button', { name: new RegExp(`^Step ${n}\\. `) });

test('focus and selection of steps are one: an added step takes both, Delete and Alt+arrows act on the focused step', async ({ page }) => {
  await openAsyncScenario(page);
  const count = () => stepsList(page).locator(':scope > li').count();
  const before = await count();
  await stepButton(page, 1).click();
  await expect(stepButton(page, 1)).toBeFocused();

  // C from step 1 adds a CPU burst after it: focus and selection move to it together.
  await page.keyboard.press('c');
  await expect(stepButton(page, 2)).toHaveAccessibleName(/CPU burst/);
  await expect(stepButton(page, 2)).toBeFocused();
  await expect(stepButton(page, 2)).toHaveAttribute('aria-pressed', 'true');
  await expect(stepButton(page, 1)).toHaveAttribute('aria-pressed', 'false');

  // The arrows move through the steps; the list is one Tab stop (the selected step).
  await page.keyboard.press('ArrowUp');
  await expect(stepButton(page, 1)).toBeFocused();
  await expect(stepButton(page, 1)).toHaveAttribute('aria-pressed', 'true');
  await expect(stepsList(page).locator('.step-select[tabindex="0"]')).toHaveCount(1);

  // Alt+↓ moves the focused step; focus goes with it.
  const firstName = (await stepButton(page, 1).getAttribute('title'))!.replace(/^1\. /, '');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(stepButton(page, 2)).toBeFocused();
  await expect(stepButton(page, 2)).toHaveAttribute('title', `2. ${firstName}`);
  await expect(stepButton(page, 2)).toHaveAttribute('aria-pressed', 'true');

  // Delete removes the focused step, and the step that took its place has focus and selection.
  await page.keyboard.press('ArrowUp'); // the CPU burst, now step 1
  await expect(stepButton(page, 1)).toHaveAccessibleName(/CPU burst/);
  await page.keyboard.press('Delete');
  await expect.poll(count).toBe(before);
  await expect(stepButton(page, 1)).toHaveAttribute('title', `1. ${firstName}`);
  await expect(stepButton(page, 1)).toBeFocused();
  await expect(stepButton(page, 1)).toHaveAttribute('aria-pressed', 'true');

  // Deleting the last step (its button goes away) leaves focus on the step before it, still in the list.
  await page.keyboard.press('c');
  await page.keyboard.press('End');
  const last = await count();
  await page.keyboard.press('Delete');
  await expect.poll(count).toBe(last - 1);
  await expect(stepButton(page, last - 1)).toBeFocused();
  await expect(stepButton(page, last - 1)).toHaveAttribute('aria-pressed', 'true');
});

test('the chart hint says exactly what the wheel and keys do, and they do it (as in Perfetto)', async ({ page }) => {
  await openAsyncScenario(page);
  await page.getByRole('button', { name: /Panel/ }).click(); // folded: the hint has room
  const hint = page.getByText(/^Zoom: /);
  await expect(hint).toHaveText('Zoom: Ctrl+wheel or W/S · Pan: drag, Shift+wheel or A/D · Wheel: scroll rows');
  const chart = page.getByRole('application', { name: /^As written/ });
  // The axis ticks (the overlay's unclipped group); the hover cursor's time chip is elsewhere.
  const axis = () => chart.locator('svg > g:not([clip-path]) text').filter({ hasText: /^[0-9.,]+ (ms|s)$/ }).allTextContents();
  await expect.poll(axis).not.toEqual([]);
  const fitted = await axis();
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);

  await page.mouse.wheel(0, -300); // the wheel alone never zooms
  await page.waitForTimeout(100);
  expect(await axis()).toEqual(fitted);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(axis).not.toEqual(fitted);

  await page.keyboard.press('0');
  await expect.poll(axis).toEqual(fitted);
  await page.keyboard.press('w');
  await expect.poll(axis).not.toEqual(fitted);
  const zoomed = await axis();
  await page.keyboard.press('d');
  await expect.poll(axis).not.toEqual(zoomed);
  await page.keyboard.press('s');
  await page.keyboard.press('0');
  await expect.poll(axis).toEqual(fitted);
});

test('? brings up the list of keyboard shortcuts from anywhere, beside a lesson too, and the list names the chart\'s keys', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await page.getByRole('button', { name: /^Step 1 ·/ }).click();
  await page.getByRole('application', { name: /^def route/ }).first().focus();
  await page.keyboard.press('Shift+?');
  const summary = page.locator('summary').filter({ hasText: /^Keyboard shortcuts$/ });
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  const list = page.getByRole('group').filter({ has: summary });
  await expect(list.getByRole('definition').filter({ hasText: 'Go through the rows and the legend: what each means' })).toBeVisible();
  // It lists itself, under Anywhere, so the key is there to be learnt.
  await expect(list.getByRole('definition').filter({ hasText: /^Keyboard shortcuts$/ })).toBeVisible();
});
