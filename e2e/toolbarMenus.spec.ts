import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openFresh } from './openApp';

// The toolbar groups its commands in menus, as desktop apps do (File, Export), so it keeps one
// row on a 1280 px projector. They are menu buttons a keyboard user can drive as anywhere else.

test('File is a menu button: ↓ opens it on its first item, arrows wrap, Home/End and a letter jump, Esc returns to the button', async ({ page }) => {
  await openFresh(page);
  const file = page.getByRole('banner').getByRole('button', { name: 'File', exact: true });
  await expect(file).toHaveAttribute('aria-haspopup', 'menu');
  await expect(file).toHaveAttribute('aria-expanded', 'false');
  await file.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'File' });
  await expect(menu).toBeVisible();
  await expect(file).toHaveAttribute('aria-expanded', 'true');
  const item = (name: string) => menu.getByRole('menuitem', { name, exact: true });
  await expect(item('Open…')).toBeFocused();
  await expect(item('Open…')).toHaveAttribute('aria-keyshortcuts', 'Ctrl+O');
  await expect(item('Save as…')).toHaveAttribute('aria-keyshortcuts', 'Ctrl+Shift+S');
  await page.keyboard.press('ArrowUp'); // wraps to the last
  await expect(item('Save as…')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // and back round to the first
  await expect(item('Open…')).toBeFocused();
  await page.keyboard.press('End');
  await expect(item('Save as…')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(item('Open…')).toBeFocused();
  await page.keyboard.press('s'); // the next item starting with S
  await expect(item('Save')).toBeFocused();
  // A letter in the menu is the menu's: H is chef mode elsewhere.
  await page.keyboard.press('h');
  await expect(page.getByRole('button', { name: 'Chef mode' })).toHaveAttribute('aria-pressed', 'false');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(file).toBeFocused();
  await expect(file).toHaveAttribute('aria-expanded', 'false');
});

test('a File item runs with Enter (Open… asks for a file), and a click outside or Tab closes the menu', async ({ page }) => {
  await openFresh(page);
  const file = page.getByRole('banner').getByRole('button', { name: 'File', exact: true });
  // Listening first: Playwright turns on its file-chooser interception asynchronously, and a
  // single key press right after could reach the page before it (the chooser then never shows here).
  const chooser = page.waitForEvent('filechooser');
  await file.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'File' });
  await expect(menu.getByRole('menuitem', { name: 'Open…' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect((await chooser).isMultiple()).toBe(false);
  await expect(menu).toHaveCount(0);

  await file.click();
  await expect(menu).toBeVisible();
  await page.getByRole('application', { name: /^As written/ }).click({ position: { x: 5, y: 5 } });
  await expect(menu).toHaveCount(0);

  await file.click();
  await page.keyboard.press('Tab');
  await expect(menu).toHaveCount(0);
});

test('Export holds SVG, PNG, Copy SVG and the trace; Export trace JSON… saves a Chrome trace', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('banner').getByRole('button', { name: 'Export', exact: true }).click();
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Export SVG…', 'Export PNG…', 'Copy SVG', 'Export trace JSON…']);
  const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('menuitem', { name: 'Export trace JSON…' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.trace\.json$/);
  await expect(page.getByRole('status')).toContainText('Saved');
});

for (const [width, height] of [[1024, 640], [1280, 720]] as const) {
  test(`the toolbar keeps one row at ${width}×${height}, with the scenario's name readable in its picker`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openFresh(page);
    const banner = page.getByRole('banner');
    // One row of 37 px buttons; a second row took 44 px from both charts.
    expect((await banner.boundingBox())!.height).toBeLessThan(60);
    const picker = banner.getByRole('combobox', { name: 'Scenario' });
    // "A blocking call in def" whole (it was "A blocking call…"): its text and the arrow fit the box.
    const room = await picker.evaluate((el: HTMLSelectElement) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      const style = getComputedStyle(el);
      ctx.font = `${style.fontSize} ${style.fontFamily}`;
      return el.clientWidth - ctx.measureText(el.selectedOptions[0]!.text).width;
    });
    expect(room).toBeGreaterThan(30);
  });
}
