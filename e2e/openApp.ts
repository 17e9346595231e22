import { expect, type Page } from '@playwright/test';

/**
 * The app as a first visit finds it: lesson progress, preferences and the last scenario
 * (localStorage) cleared, and the first chart on screen.
 */
export async function openFresh(page: Page): Promise<void> {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('application', { name: /^As written/ })).toBeVisible();
}
