import { test, expect, type Page } from '@playwright/test';
import { openFresh } from './openApp';

// Keys typed into a field belong to the field; picking a built-in scenario is a document
// change like any other (undone and redone as opening a file is).

const scenarioPicker = (page: Page) => page.getByRole('combobox', { name: 'Scenario', exact: true });
const stepsList = (page: Page) => page.getByRole('list', { name: /^Steps of/ });

test('letters typed into a step\'s duration field never run a shortcut', async ({ page }) => {
  await openFresh(page);
  await scenarioPicker(page).selectOption({ label: 'A blocking call in def' });
  const steps = stepsList(page).locator(':scope > li');
  const count = await steps.count();
  const field = page.getByRole('spinbutton', { name: 'Duration of step 1 (ms)' });
  const duration = await field.inputValue();
  await field.click();

  // Every one of these is a shortcut somewhere: I C B T P U K are edits of the selected step in
  // the editor (where this field is); H chef mode, L lessons, R Q views, F presentation, W S A D
  // zoom and pan.
  await field.pressSequentially('icbtpukhlrqfwsad', { delay: 20 });

  await expect(field).toBeFocused();
  await expect(field).toHaveValue(duration); // a number field takes no letters
  await expect(steps).toHaveCount(count);
  await expect(page.getByRole('note', { name: 'Unsaved changes' })).toBeHidden();
  await expect(page.getByRole('button', { name: /Chef mode/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('radio', { name: 'Resources' })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Lessons', level: 2 })).toBeHidden();

  // The same letter off the field is the shortcut: H turns chef mode on.
  await page.getByRole('application', { name: /^As written/ }).focus();
  await page.keyboard.press('h');
  await expect(page.getByRole('button', { name: /Chef mode/ })).toHaveAttribute('aria-pressed', 'true');
});

test('Ctrl+Z in a duration field undoes the typing while there is some, then the document: the field never shows a value the chart does not have', async ({ page }) => {
  await openFresh(page);
  await scenarioPicker(page).selectOption({ label: 'A blocking call in def' });
  const field = page.getByRole('spinbutton', { name: 'Duration of step 1 (ms)' });
  const chart = page.getByRole('application', { name: /^As written/ });
  await expect(field).toHaveValue('200');
  await expect(chart).toHaveAccessibleName(/over 205 ms/);

  await field.fill('500');
  await field.press('Enter');
  await expect(chart).toHaveAccessibleName(/over 505 ms/);
  // Still in the field, which shows the document's value: Ctrl+Z undoes the edit, chart and field together.
  await page.keyboard.press('Control+z');
  await expect(chart).toHaveAccessibleName(/over 205 ms/);
  await expect(field).toHaveValue('200');
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+Shift+z');
  await expect(chart).toHaveAccessibleName(/over 505 ms/);
  await expect(field).toHaveValue('500');

  // Typing not yet committed is the field's own to undo: the document stays.
  await field.pressSequentially('7');
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('500');
  await expect(chart).toHaveAccessibleName(/over 505 ms/);
});

test('picking a built-in scenario is undone and redone like opening a file', async ({ page }) => {
  await openFresh(page);
  await scenarioPicker(page).selectOption({ label: 'A blocking call in def' });
  await scenarioPicker(page).selectOption({ label: 'Awaited I/O in async def' });
  await expect(page.getByRole('status')).toHaveText('Loaded “Awaited I/O in async def”. Ctrl+Z brings back the previous scenario.');

  await page.getByRole('application', { name: /^As written/ }).focus();
  await page.keyboard.press('Control+z');
  await expect(scenarioPicker(page)).toHaveValue('blocking-in-def');
  await page.keyboard.press('Control+Shift+z');
  await expect(scenarioPicker(page)).toHaveValue('await-io');
});
