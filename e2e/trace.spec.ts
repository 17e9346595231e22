import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

// A trace saved by the app opens back into a read-only view.

const p50 = (page: Page) => page.getByRole('row', { name: /^Latency p50/ }).getByRole('cell').first();

async function openTrace(page: Page, file: { name: string; buffer: Buffer }) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open trace…' }).click()]);
  await chooser.setFiles({ ...file, mimeType: 'application/json' });
}

test('a saved trace opens read-only with the same lanes, and closing it shows the document as it was', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('blocking-in-def');
  const written = page.getByTestId('written-chart');
  await expect(written).toContainText('anyio thread 0');
  await expect(p50(page)).not.toHaveText('—');
  const metric = await p50(page).textContent();
  const title = await page.title();

  await page.getByRole('button', { name: 'Export SVG' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export SVG' });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save trace JSON' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.trace\.json$/);
  const buffer = await readFile((await download.path()));
  await dialog.getByRole('button', { name: 'Close' }).click();

  await openTrace(page, { name: download.suggestedFilename(), buffer });
  await expect(page.getByRole('region', { name: 'Trace', exact: true })).toContainText(`Viewing trace ${download.suggestedFilename()} (read only)`);
  const trace = page.getByTestId('trace-chart');
  await expect(trace).toContainText('event loop');
  await expect(trace).toContainText('anyio thread 0');
  await expect(page.getByRole('application', { name: /^Trace / })).toBeVisible();
  await expect(written).toHaveCount(0);
  // The document is hidden, so Ctrl+Z must not change it unseen: it says why instead.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('alert')).toContainText('A trace is open (read-only): close it to undo changes to the document.');

  await page.getByRole('button', { name: 'Close trace' }).click();
  await expect(page.getByRole('region', { name: 'Trace', exact: true })).toHaveCount(0);
  await expect(written).toContainText('anyio thread 0');
  await expect(p50(page)).toHaveText(metric!);
  expect(await page.title()).toBe(title);
  await expect(page.getByRole('note', { name: 'Unsaved changes' })).toHaveCount(0);
});

test('a file that is not a trace says why and changes nothing', async ({ page }) => {
  await page.goto('./');
  await expect(p50(page)).not.toHaveText('—');
  const metric = await p50(page).textContent();
  const scenario = { name: 'x', routes: [], requests: [] };
  await openTrace(page, { name: 'scenario.json', buffer: Buffer.from(JSON.stringify(scenario)) });
  const error = page.getByRole('alert', { name: 'Trace did not open' });
  await expect(error).toContainText('scenario.json did not open: not a Chrome trace');
  await expect(page.getByRole('region', { name: 'Trace', exact: true })).toHaveCount(0);
  await expect(p50(page)).toHaveText(metric!);

  await openTrace(page, { name: 'broken.trace.json', buffer: Buffer.from('{"traceEvents": [') });
  await expect(error).toContainText('broken.trace.json is not JSON');
  await error.getByRole('button', { name: 'Dismiss' }).click();
  await expect(error).toHaveCount(0);
});
