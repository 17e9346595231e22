import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { chooseFromMenu } from './menus';

test('Export SVG previews the diagram and saves a download that is a valid SVG', async ({ page }) => {
  await page.goto('./');
  await chooseFromMenu(page, 'Export', 'Export SVG…');
  const dialog = page.getByRole('dialog', { name: 'Export SVG' });
  await expect(dialog.getByRole('img', { name: 'Preview of the exported diagram' })).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('print');
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
  await chooseFromMenu(page, 'Export', 'Export PNG…');
  const dialog = page.getByRole('dialog', { name: 'Export PNG' });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save PNG' }).click()]);
  const png = await readFile((await download.path()));
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(3200);
});

test('chef mode is an export option: on, the SVG has its kitchen key and kitchen words; off, none', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Chef mode' }).click(); // the app's mode is only the option's start
  await chooseFromMenu(page, 'Export', 'Export SVG…');
  const dialog = page.getByRole('dialog', { name: 'Export SVG' });
  const chef = dialog.getByRole('checkbox', { name: /^Chef mode/ });
  await expect(chef).toBeChecked();
  await dialog.getByLabel('Metrics table').check();
  const saveSvg = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save SVG' }).click()]);
    return readFile((await download.path()), 'utf8');
  };
  const kitchen = await saveSvg();
  expect(kitchen).toContain('>Kitchen key</text>');
  expect(kitchen).toContain('>chef stuck (all kitchens)</text>');
  expect(kitchen).not.toContain('event loop blocked');
  await chef.uncheck();
  const plain = await saveSvg();
  expect(plain).not.toMatch(/Kitchen key|chef|helper cook|KITCHEN/i);
  expect(plain).toContain('>event loop blocked (all workers)</text>');
});

test('Copy SVG says it worked, in a dismissable one-line toast at the bottom right that covers no figure or control, and in the live region', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await expect(page.getByRole('application', { name: /^As written/ })).toBeVisible();
  const charts = page.getByRole('region', { name: /^(As written|Flipped)/ });
  const chartBoxes = async () => Promise.all((await charts.all()).map(async (c) => (await c.boundingBox())!));
  const before = await chartBoxes();
  await chooseFromMenu(page, 'Export', 'Copy SVG');
  await expect(page.getByRole('status')).toContainText('SVG copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
  // Seen at the bottom right, just above the metrics bar: over no figure and no control, one line
  // high (two lines hid the variant chart's last rows), and the charts did not move for it.
  const toast = page.getByText(/^SVG copied to the clipboard/);
  await expect(toast).toBeVisible();
  const box = (await toast.boundingBox())!;
  expect(box.x + box.width).toBeGreaterThan(1280 * 0.75);
  expect(box.y).toBeGreaterThan(720 * 0.8);
  expect(box.height).toBeLessThan(30);
  expect(await chartBoxes()).toEqual(before);
  const covered = await page.evaluate(() => {
    const own = document.querySelector('.status-line')!;
    const t = own.getBoundingClientRect();
    const overlaps = (r: DOMRect) => r.width > 0 && r.height > 0 && r.left < t.right && t.left < r.right && r.top < t.bottom && t.top < r.bottom;
    const under = [...document.querySelectorAll<HTMLElement>('button, select, input, a, .metrics-panel')]
      .filter((el) => !own.contains(el) && overlaps(el.getBoundingClientRect()));
    return under.map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName);
  });
  expect(covered).toEqual([]);
  // Dismissable at once; else gone after a few seconds.
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(toast).toBeHidden();
  // Inside the dialog (the page behind it is inert) the dialog says it.
  await chooseFromMenu(page, 'Export', 'Export SVG…');
  const dialog = page.getByRole('dialog', { name: 'Export SVG' });
  await dialog.getByRole('button', { name: 'Copy SVG' }).click();
  await expect(dialog.getByRole('status')).toContainText('SVG copied to the clipboard');
});

test('the PNG dialog has a scale (1×, 2×, 3×) and a transparent or theme background', async ({ page }) => {
  await page.goto('./');
  await chooseFromMenu(page, 'Export', 'Export PNG…');
  const dialog = page.getByRole('dialog', { name: 'Export PNG' });
  const savePng = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save PNG' }).click()]);
    return readFile((await download.path()));
  };
  await dialog.getByRole('radio', { name: '3×' }).check();
  await expect(dialog.getByText(/^4,800 × [\d,]+ px$/)).toBeVisible();
  expect((await savePng()).readUInt32BE(16)).toBe(4800);
  await dialog.getByRole('radio', { name: '1×' }).check();
  await dialog.getByRole('radio', { name: 'transparent' }).check();
  const png = await savePng();
  expect(png.readUInt32BE(16)).toBe(1600);
  // The corner pixel: see-through with a transparent background, opaque with the theme's.
  const cornerAlpha = (bytes: Buffer) => page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width; canvas.height = image.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    return ctx.getImageData(1, 1, 1, 1).data[3];
  }, bytes.toString('base64'));
  expect(await cornerAlpha(png)).toBe(0);
  await dialog.getByRole('radio', { name: 'theme colour' }).check();
  expect(await cornerAlpha(await savePng())).toBe(255);
});
