import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';

test('Export SVG previews the diagram and saves a download that is a valid SVG', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Export SVG' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export SVG' });
  await expect(dialog.getByRole('img', { name: 'Preview of the exported diagram' })).toBeVisible();
  await dialog.getByLabel('Theme').selectOption('print');
  await dialog.getByLabel('Metrics table').check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save SVG' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  const svg = await readFile((await download.path()), 'utf8');
  expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  // The browser's own XML parser is the judge: no parsererror, an <svg> root with a size.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return { error: doc.getElementsByTagName('parsererror').length, tag: root.tagName, width: root.getAttribute('width'), viewBox: root.getAttribute('viewBox') };
  }, svg);
  expect(parsed).toMatchObject({ error: 0, tag: 'svg', width: '1600' });
  expect(parsed.viewBox).toMatch(/^0 0 1600 \d+$/);
  expect(svg).toContain('>metrics</text>');
});

test('Export PNG saves a PNG at twice the diagram size', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PNG' });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save PNG' }).click()]);
  const png = await readFile((await download.path()));
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(3200);
});
