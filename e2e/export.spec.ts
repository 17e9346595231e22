import { expect, test, type Page } from '@playwright/test';
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

test('charts on separate time axes export on separate axes, each saying so; one shared axis stays a choice', async ({ page }) => {
  await page.goto('./');
  // Thread-pool exhaustion: def ends at 1 s, its async def flip at 30 s, so the app gives each chart its own axis.
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'Thread-pool exhaustion' });
  await expect(page.getByRole('button', { name: 'Separate time axes' })).toHaveAttribute('aria-pressed', 'true');
  await chooseFromMenu(page, 'Export', 'Export SVG…');
  const dialog = page.getByRole('dialog', { name: 'Export SVG' });
  const charts = dialog.getByRole('combobox', { name: 'Charts' });
  await expect(charts).toHaveValue('both-own');
  await expect(charts.locator('option:checked')).toHaveText('both, own axes');
  const saveSvg = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save SVG' }).click()]);
    return readFile((await download.path()), 'utf8');
  };
  const own = await saveSvg();
  expect(own.match(/>Own time axis<\/text>/g)).toHaveLength(2);
  expect(own).toMatch(/<desc[^>]*>[^<]*each on its own time axis/);
  await charts.selectOption({ label: 'both, one axis' });
  const shared = await saveSvg();
  expect(shared).not.toContain('Own time axis');
});

/** Where an element is seen: its box cut by every ancestor that clips (a column that scrolls shows only its part). */
function seenBox(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) => els.map((el) => {
    let r = el.getBoundingClientRect();
    let box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (getComputedStyle(p).overflow === 'visible') continue;
      r = p.getBoundingClientRect();
      box = { left: Math.max(box.left, r.left), top: Math.max(box.top, r.top), right: Math.min(box.right, r.right), bottom: Math.min(box.bottom, r.bottom) };
    }
    return { name: el.getAttribute('aria-label') ?? el.getAttribute('data-testid') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName, ...box };
  }).filter((b) => b.right - b.left > 0 && b.bottom - b.top > 0));
}

for (const [width, height] of [[1024, 640], [1280, 720], [1920, 1080]] as const) {
  test(`Copy SVG says it worked in the status bar at the window's foot, over no chart, figure or control, dismissable, and in the live region (${width}×${height})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width, height });
    await page.goto('./');
    await expect(page.getByRole('application', { name: /^As written/ })).toBeVisible();
    const charts = page.getByRole('region', { name: /^(As written|Flipped)/ });
    const chartBoxes = async () => Promise.all((await charts.all()).map(async (c) => (await c.boundingBox())!));
    const before = await chartBoxes();
    await chooseFromMenu(page, 'Export', 'Copy SVG');
    await expect(page.getByRole('status')).toContainText('SVG copied to the clipboard');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    const toast = page.getByText(/^SVG copied to the clipboard/);
    await expect(toast).toBeVisible();
    const box = (await toast.boundingBox())!;
    // Over no part of a chart as seen (a 22 px corner of the second chart's bars was hidden for
    // 4 s at 1280×720), nor a metrics figure, nor a control.
    const t = { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
    const under = (await seenBox(page, '[data-testid$="-chart"], .metrics-panel, button:not(.status-line button), select, input, a'))
      .filter((b) => b.left < t.right && t.left < b.right && b.top < t.bottom && t.top < b.bottom).map((b) => b.name);
    expect(under).toEqual([]);
    // At the bottom right, one line high, and the charts did not move for it.
    expect(box.x + box.width).toBeGreaterThan(width * 0.75);
    expect(box.y + box.height).toBeGreaterThan(height - 30);
    expect(box.height).toBeLessThan(30);
    expect(await chartBoxes()).toEqual(before);
    // Dismissable at once; else gone after a few seconds.
    await page.getByRole('button', { name: 'Dismiss message' }).click();
    await expect(toast).toBeHidden();
    // Inside the dialog (the page behind it is inert) the dialog says it.
    await chooseFromMenu(page, 'Export', 'Export SVG…');
    const dialog = page.getByRole('dialog', { name: 'Export SVG' });
    await dialog.getByRole('button', { name: 'Copy SVG' }).click();
    await expect(dialog.getByRole('status')).toContainText('SVG copied to the clipboard');
  });
}

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
