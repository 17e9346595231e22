import { test, expect, type Page } from '@playwright/test';
import { openFresh } from './openApp';

// A scenario has one name, and its description never claims what an edit made untrue.

const picked = (page: Page) => page.getByRole('combobox', { name: 'Scenario', exact: true }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.textContent);

test('a lesson scenario has one name everywhere, and is "(edited)" only once edited', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await page.getByRole('button', { name: /^Step 1 ·/ }).click();
  const name = 'def route, one thread';
  await expect(page.getByRole('application', { name: new RegExp(`^${name}:`) })).toBeVisible();
  expect(await picked(page)).toBe(name);
  await expect(page).toHaveTitle(`${name} — LoopLab`);
  await page.getByRole('button', { name: `Edit “${name}”` }).click();

  await page.getByRole('radio', { name: 'async def', exact: true }).check();
  await expect(page.getByRole('status')).toHaveText(/done/);
  expect(await picked(page)).toBe(`${name} (edited)`);
  await expect(page).toHaveTitle(`• ${name} — LoopLab`);
});

test('after an edit the description says what it was edited from, instead of still claiming the original', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'A blocking call in def' });
  const editor = page.getByRole('complementary', { name: 'Edit the scenario' });
  await expect(editor.getByText(/^time\.sleep\(0\.2\) inside a def route/)).toBeVisible();

  await page.getByRole('radio', { name: 'async def', exact: true }).check();
  await expect(editor.getByText(/^Edited from “A blocking call in def”\. The original: time\.sleep/)).toBeVisible();
  await expect(editor.getByText(/^time\.sleep\(0\.2\) inside a def route/)).toHaveCount(0);
  // A second edit keeps it; undoing both brings the original back, description and all.
  await page.getByRole('button', { name: 'Add CPU burst' }).click();
  await expect(editor.getByText(/^Edited from “A blocking call in def”\. The original/)).toBeVisible();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(editor.getByText(/^time\.sleep\(0\.2\) inside a def route/)).toBeVisible();
  expect(await picked(page)).toBe('A blocking call in def');
});
