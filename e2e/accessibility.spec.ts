import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openFresh } from './openApp';

// axe-core on every main screen, and the keyboard behaviour a modal dialog promises.
// axe takes seconds per page, more on a busy machine: a minute per test.
test.describe.configure({ timeout: 60_000 });

test('axe finds nothing in the editor', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('list', { name: /^Steps of/ }).getByRole('button', { name: /^Step 1\./ }).click();
  await expectNoAxeViolations(page);
});

test('axe finds nothing in the lessons list or in a lesson', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Lessons' }).click();
  await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /^Step 1 ·/ }).click();
  await expect(page.getByRole('heading', { name: /^Step 1 ·/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('axe finds nothing while presenting', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('group', { name: 'Playback' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('axe finds nothing in the export dialog', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Export SVG' }).click();
  await expect(page.getByRole('dialog', { name: 'Export SVG' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a finished lesson keeps its title as the start of its name, and says it is done', async ({ page }) => {
  await openFresh(page);
  await page.evaluate(() => localStorage.setItem('looplab.progress.v1', JSON.stringify({ answers: {}, done: ['step-1-sync-basics'], current: null })));
  await page.reload();
  await page.getByRole('button', { name: 'Lessons' }).click();
  await expect(page.getByRole('button', { name: /^Step 1 · .* \(done\)$/ })).toBeVisible();
});

test('the export dialog is modal: focus moves in, Tab stays inside, Esc returns focus to the button that opened it', async ({ page }) => {
  await openFresh(page);
  const opener = page.getByRole('button', { name: 'Export SVG' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export SVG' });
  await expect(dialog).toBeVisible();
  const focusInDialog = () => dialog.evaluate((d) => d.contains(document.activeElement));
  expect(await focusInDialog()).toBe(true);
  // Round the dialog's controls twice: Tab never lands on the page behind.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInDialog()).toBe(true);
  }
  // The page behind does not take clicks or keys while the dialog is open.
  await page.keyboard.press('Shift+Tab');
  expect(await focusInDialog()).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  // The same through the Close button.
  await opener.click();
  await page.getByRole('dialog', { name: 'Export SVG' }).getByRole('button', { name: 'Close' }).click();
  await expect(opener).toBeFocused();
});
