import { test, expect } from '@playwright/test';
import { openFresh } from './openApp';

// A learner's walk through one lesson, through roles and names only.

test('a lesson: predict, lock in, reveal, edit; answers, progress and the scenario survive a reload', async ({ page }) => {
  await openFresh(page);
  await page.keyboard.press('l');
  await page.getByRole('button', { name: /^Step 1 ·/ }).click();
  await expect(page.getByRole('heading', { name: /^Step 1 ·/ })).toBeVisible();

  // The second chart waits for a committed answer.
  await expect(page.getByText(/Hidden until you commit/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reveal' })).toHaveCount(0);
  await page.getByRole('radio', { name: /^At \d+ ms, like the first one/ }).check();
  await page.getByRole('button', { name: 'Lock in my answer' }).click();
  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.getByText('Right.')).toBeVisible();
  await expect(page.getByRole('application', { name: /^def route, 40-thread pool/ })).toBeVisible();
  await expect(page.getByText('Takeaway.')).toBeVisible();

  // Edit the first chart's scenario with the ordinary editor; loading it was undoable.
  await page.getByRole('button', { name: /^Edit “def route, one thread”/ }).click();
  const duration = page.getByRole('spinbutton', { name: 'Duration of step 1 (ms)' });
  await duration.fill('300');
  await duration.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/Change duration: done/);
  await page.getByRole('button', { name: 'Back to the lesson' }).click();
  await expect(page.getByRole('button', { name: 'Next lesson ›' })).toBeEnabled();

  await page.waitForTimeout(400); // the document is saved after a quiet moment
  await page.reload();
  await expect(page.getByRole('heading', { name: /^Step 1 ·/ })).toBeVisible();
  await expect(page.getByText('Right.')).toBeVisible();
  await page.keyboard.press('l'); // from the lesson back to the editor: the restored document is the edited one
  await expect(page.getByRole('spinbutton', { name: 'Duration of step 1 (ms)' })).toHaveValue('300');
});

test('a class vote: the teacher tallies hands per answer, then locks in the most voted', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Lessons' }).click();
  await page.getByRole('button', { name: /^Myth 1/ }).click();
  await page.getByRole('radio', { name: 'Class vote' }).check();
  const more = page.getByRole('button', { name: /^One vote more for/ });
  await more.nth(0).click();
  await more.nth(1).click();
  await more.nth(1).click();
  await page.getByRole('button', { name: /^One vote less for/ }).nth(0).click();
  await page.getByRole('button', { name: "Lock in the class's answer" }).click();
  await expect(page.getByText('The class answered:')).toBeVisible();
  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.getByText(/^(Right|Not quite)\./)).toBeVisible();
});

test('a pitfall shows the wrong and the fixed code beside their two charts', async ({ page }) => {
  await openFresh(page);
  await page.keyboard.press('l');
  await page.getByRole('button', { name: /^Pitfall 1/ }).click();
  await expect(page.getByLabel(/^Wrong code/)).toContainText('async def get_order');
  await expect(page.getByLabel(/^Fixed code/)).toContainText('asyncio.to_thread');
  await expect(page.getByRole('application', { name: /^wrong: query on the loop/ })).toBeVisible();
  await expect(page.getByRole('application', { name: /^fixed: query on a thread/ })).toBeVisible();
});

test('an edit to a lesson\'s scenario says which chart it changed: the first is titled edited, the second unedited, until the edit is undone', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await page.getByRole('button', { name: /^Step 1 ·/ }).click();
  await page.getByRole('radio', { name: /^At \d+ ms, like the first one/ }).check();
  await page.getByRole('button', { name: 'Lock in my answer' }).click();
  await page.getByRole('button', { name: 'Reveal' }).click();
  const first = page.getByRole('application', { name: /^def route, one thread/ });
  const second = page.getByRole('application', { name: /^def route, 40-thread pool/ });
  await expect(first).toHaveAccessibleName(/^def route, one thread: /);
  await expect(second).toHaveAccessibleName(/^def route, 40-thread pool: /);

  await page.getByRole('button', { name: /^Edit “def route, one thread”/ }).click();
  await expect(first).toHaveAccessibleName(/^def route, one thread: /); // opened, not yet edited
  await page.getByRole('button', { name: 'Add CPU burst' }).click();
  // The second chart still shows the lesson's other scenario as it was: said on its title, as the edit is on the first's.
  await expect(first).toHaveAccessibleName(/^def route, one thread \(edited\): /);
  await expect(second).toHaveAccessibleName(/^def route, 40-thread pool \(unedited\): /);
  // Drawn where the class reads it, on each chart's title line.
  await expect(page.getByTestId('variant-chart').locator('svg text').filter({ hasText: /^def route, 40-thread pool \(unedited\): / })).toHaveCount(1);

  await page.keyboard.press('Control+z');
  await expect(first).toHaveAccessibleName(/^def route, one thread: /);
  await expect(second).toHaveAccessibleName(/^def route, 40-thread pool: /);
});
