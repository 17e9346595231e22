import { test, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { chooseFromMenu } from './menus';

test('save downloads the scenario; opening it again restores it after edits', async ({ page }) => {
  await page.goto('./');
  const p50 = page.getByRole('row', { name: /^Latency p50/ }).getByRole('cell').first();
  await expect(p50).not.toHaveText('—');
  const original = await p50.textContent();

  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  const text = await readFile((await download.path()), 'utf8');
  expect(JSON.parse(text)).toHaveProperty('routes');

  await page.getByRole('button', { name: 'Add CPU burst' }).click();
  await expect(p50).not.toHaveText(original!);
  await expect(page.getByRole('note', { name: 'Unsaved changes' })).toBeVisible();

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), chooseFromMenu(page, 'File', 'Open…')]);
  await chooser.setFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(p50).toHaveText(original!);
  await expect(page.getByRole('note', { name: 'Unsaved changes' })).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText(`Opened ${download.suggestedFilename()}`);

  // Opening replaced the edited document, but nothing is lost: undo brings it back.
  await page.keyboard.press('Control+z');
  await expect(p50).not.toHaveText(original!);
});

test('a broken file is refused with each problem\'s path, and the document is untouched', async ({ page }) => {
  await page.goto('./');
  const p50 = page.getByRole('row', { name: /^Latency p50/ }).getByRole('cell').first();
  await expect(p50).not.toHaveText('—');
  const original = await p50.textContent();
  const broken = { name: 'x', routes: [{ name: 'r', kind: 'sync', steps: [{ await_io: 5 }] }], requests: [{ route: 'r', at: 0 }] };
  // Wait for the picker first, and let that request reach the browser (one round trip) before
  // the key: a key press is sent at once and could beat it (1 run in 4 under load).
  const picker = page.waitForEvent('filechooser');
  await page.evaluate(() => 0);
  await page.keyboard.press('Control+o');
  const chooser = await picker;
  await chooser.setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const dialog = page.getByRole('alertdialog', { name: 'broken.json did not open' });
  await expect(dialog).toContainText('routes[0].steps[0]');
  // One message: no toast repeating it.
  await expect(page.getByText(/Could not open/)).toHaveCount(0);
  await expect(p50).toHaveText(original!);
  await dialog.getByRole('button', { name: 'Dismiss' }).click();
  await expect(dialog).toHaveCount(0);
});

test('a refused file\'s message closes with Escape, as the other dialogs do, and focus goes back to the File menu', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('application', { name: /^As written/ })).toBeVisible();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), chooseFromMenu(page, 'File', 'Open…')]);
  await chooser.setFiles({ name: 'pasted.json', mimeType: 'application/json', buffer: Buffer.from('{"name": "x", "routes": [,]}') });
  const dialog = page.getByRole('alertdialog', { name: 'pasted.json did not open' });
  await expect(dialog).toContainText('line 1, column');
  await expect(dialog.getByRole('button', { name: 'Dismiss' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('button', { name: 'File', exact: true })).toBeFocused();
});

test('a big scenario is simulated off the page (engine worker): chart, metrics and edits still follow', async ({ page }) => {
  await page.goto('./');
  const chart = page.getByRole('application', { name: /^As written/ });
  await expect(chart).toBeVisible();
  // 3,000 requests: past what the page simulates inline, so this goes through the Web Worker.
  const big = {
    name: 'three thousand', server: { workers: 2 },
    routes: [{ name: 'api', kind: 'async', steps: [{ cpu: 1 }, { await_io: 40 }] }],
    requests: [{ route: 'api', at: 0, count: 3000, every: 2 }],
  };
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), chooseFromMenu(page, 'File', 'Open…')]);
  await chooser.setFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(big)) });
  // Each wait below is for a worker's simulation, the first on a cold engine: at load 10-14 on a
  // 2-core machine this test timed out once under expect's 5 s waits; 15 s still catches a hang.
  const simulated = { timeout: 15_000 };
  await expect(chart).toHaveAttribute('aria-label', /timeline of 3000 requests/, simulated);
  await expect(page.getByRole('application', { name: /^Flipped/ })).toHaveAttribute('aria-label', /timeline of 3000 requests/, simulated);
  const p50 = page.getByRole('row', { name: /^Latency p50/ }).getByRole('cell').first();
  await expect(p50).not.toHaveText('—', simulated);
  const before = await p50.textContent();
  await page.getByRole('button', { name: 'Add CPU burst' }).click();
  await expect(p50).not.toHaveText(before!, simulated);
  await expect(page.getByRole('region', { name: /^As written/ })).toHaveAttribute('aria-busy', 'false', simulated);
  // 'looplab:engine' is measured for each reply the page waited for from a worker (warm-up runs are not).
  expect(await page.evaluate(() => performance.getEntriesByName('looplab:engine').length)).toBeGreaterThanOrEqual(2);
});

/** Open a file through Ctrl+O's picker (waiting for the picker first: a key press could beat it). */
async function openFile(page: Page, name: string, buffer: Buffer) {
  const picker = page.waitForEvent('filechooser');
  await page.evaluate(() => 0);
  await page.keyboard.press('Control+o');
  await (await picker).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

test('a JSON syntax error is one message that says its line and column once', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('application', { name: /^As written/ })).toBeVisible();
  await openFile(page, 'typo.json', Buffer.from('{\n  "name": "x",,\n}'));
  const dialog = page.getByRole('alertdialog', { name: 'typo.json did not open' });
  await expect(dialog).toContainText('line 2, column 15');
  expect((await page.locator('body').innerText()).match(/line 2, column 15/g)).toHaveLength(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a binary file is named as such, with none of its bytes on screen', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('application', { name: /^As written/ })).toBeVisible();
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 6, 0x40, 0, 0, 3, 0x84, 8, 6, 0, 0, 0]);
  await openFile(page, 'screenshot.png', png);
  const dialog = page.getByRole('alertdialog', { name: 'screenshot.png did not open' });
  await expect(dialog).toContainText('this file is a PNG image, not text');
  expect(await page.locator('body').innerText()).not.toMatch(/[\uFFFD\u0000-\u0008]|IHDR/);
});
