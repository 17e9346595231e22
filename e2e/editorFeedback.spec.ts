import { test, expect } from '@playwright/test';
import { openFresh } from './openApp';

// What the editor says before and after an edit: refusals foreseen, fields that say what they do.

test('on a def route, "Add I/O wait" is disabled before the click, says why, and offers the fix', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('radio', { name: 'def', exact: true }).check();
  const addIo = page.getByRole('button', { name: 'Add I/O wait' });
  await expect(addIo).toHaveAttribute('aria-disabled', 'true');
  await expect(addIo).toHaveAccessibleDescription(/def route, and await is only allowed inside async def/);
  const reason = page.getByText(/^Cannot add an I\/O wait to .*: it is a def route/);
  await expect(reason).toBeVisible();
  // The fix is one click away, and then the action is offered.
  await page.getByRole('button', { name: 'Switch to async def' }).click();
  await expect(page.getByRole('radio', { name: 'async def', exact: true })).toBeChecked();
  await expect(addIo).not.toHaveAttribute('aria-disabled', 'true');
  await expect(reason).toHaveCount(0);
});

test('moving and wrapping say why they cannot run before the click: no step selected, first step, def route', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('radio', { name: 'def', exact: true }).check();
  const steps = page.getByRole('list', { name: /^Steps of/ });
  await steps.getByRole('button', { name: /^Step 1\./ }).click();
  await expect(page.getByRole('button', { name: 'Move to a thread' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('button', { name: 'Move to a thread' })).toHaveAccessibleDescription(/is a def route: it already runs on a pool thread/);
  await expect(page.getByRole('button', { name: 'Move step 1 up' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('button', { name: 'Move step 1 up' })).toHaveAccessibleDescription('Already the first step.');
});
