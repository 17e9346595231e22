/**
 * The browser the tests drive is the one the config means: Playwright's own switched-off
 * features kept (Chromium reads only the last --disable-features, which is ours), and no
 * window building address-bar popups that no test uses.
 */
import { test, expect } from '@playwright/test';
import { ADDRESS_BAR_POPUPS } from './chromiumFeatures';

test('the test browser keeps every feature Playwright switches off, and builds no address-bar popups', async ({ browser, page }) => {
  // The browser's own account of how it was started.
  await page.goto('chrome://version');
  const args = (await page.locator('#command_line').innerText()).split(/\s+/);
  const lists = args.filter((a) => a.startsWith('--disable-features=')).map((a) => a.slice('--disable-features='.length).split(','));
  expect(lists.length, 'Playwright\'s --disable-features and ours').toBeGreaterThanOrEqual(2);
  const last = lists.at(-1)!;
  for (const list of lists.slice(0, -1)) expect(list.filter((f) => !last.includes(f)), 'switched off by Playwright, not by e2e/chromiumFeatures.ts').toEqual([]);
  expect(last).toEqual(expect.arrayContaining(ADDRESS_BAR_POPUPS));

  await page.goto('./');
  await expect(page.getByRole('application', { name: /^As written/ })).toBeVisible();
  const { targetInfos } = await (await browser.newBrowserCDPSession()).send('Target.getTargets');
  expect(targetInfos.map((t) => t.url).filter((u) => u.includes('omnibox'))).toEqual([]);
});
