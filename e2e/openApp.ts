import { expect, type Page } from '@playwright/test';

/**
 * The app as a first visit finds it: no lesson progress, preferences or last scenario, and the
 * first chart on screen. Each test's browser context starts with no storage, so one load is a
 * first visit (clearing localStorage and reloading loaded the app twice in every test).
 */
export async function openFresh(page: Page): Promise<void> {
  // A context that has already loaded the app carries what it stored: this would not be a first visit.
  expect((await page.context().storageState()).origins, 'openFresh needs a context with nothing stored').toEqual([]);
  await page.goto('./');
  await expect(page.getByRole('application', { name: /^As written/ })).toBeVisible();
}
