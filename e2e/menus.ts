import type { Page } from '@playwright/test';

/** Runs a toolbar menu's item as a person does: opens the menu ("File", "Export"), clicks the item. */
export async function chooseFromMenu(page: Page, menu: 'File' | 'Export', item: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: menu, exact: true }).click();
  await page.getByRole('menu', { name: menu }).getByRole('menuitem', { name: item, exact: true }).click();
}
