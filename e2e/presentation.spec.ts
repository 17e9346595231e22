import { test, expect } from '@playwright/test';
import { openFresh } from './openApp';

// Chef mode and presentation, as a teacher drives them: buttons, keys and a clicker.

test('chef mode retells the timeline as a kitchen; H toggles it anywhere, C only ever adds a CPU burst', async ({ page }) => {
  await openFresh(page);
  const chef = page.getByRole('button', { name: 'Chef mode' });
  await chef.click();
  await expect(chef).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Kitchen key' })).toContainText('Chef = event loop');
  await expect(page.getByRole('row', { name: /^Ticket time p50/ })).toHaveCount(1);

  await page.getByRole('application', { name: /^As written/ }).focus();
  await page.keyboard.press('h');
  await expect(chef).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('row', { name: /^Latency p50/ })).toHaveCount(1);
  // C on a chart is not chef mode (one key, one meaning).
  await page.keyboard.press('c');
  await expect(chef).toHaveAttribute('aria-pressed', 'false');

  // In the editor C is "Add CPU burst" (the route must be async def for any step); H still toggles chef mode.
  await page.getByRole('radio', { name: 'async def', exact: true }).check();
  await page.getByRole('list', { name: /^Steps of/ }).getByRole('button').first().click();
  await page.keyboard.press('c');
  await expect(page.getByRole('status')).toHaveText(/Add CPU burst: done/);
  await expect(chef).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('h');
  await expect(chef).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('h');

  // Chef mode is remembered.
  await chef.click();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Chef mode' })).toHaveAttribute('aria-pressed', 'true');
});

test('presentation: F enters, Space plays, arrows and Page keys step through events, Esc leaves', async ({ page }) => {
  await openFresh(page);
  await page.keyboard.press('f');
  const scrubber = page.getByRole('slider', { name: 'Playback time' });
  await expect(scrubber).toBeVisible();
  await expect(page.getByRole('button', { name: 'Present' })).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await expect(scrubber).toHaveValue('0');
  await page.keyboard.press('ArrowRight');
  const first = Number(await scrubber.inputValue());
  expect(first).toBeGreaterThan(0);
  await page.keyboard.press('PageDown');
  expect(Number(await scrubber.inputValue())).toBeGreaterThan(first);
  await page.keyboard.press('PageUp');
  await expect(scrubber).toHaveValue(String(first));
  // Both charts follow the playhead by themselves (no React render): each is drawn up to it.
  for (const id of ['written', 'variant']) {
    await expect(page.getByTestId(`${id}-chart`).locator('[data-drawn-until-ms]')).toHaveAttribute('data-drawn-until-ms', String(first));
  }

  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(async () => Number(await scrubber.inputValue())).toBeGreaterThan(first + 10);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
  await expect(page.getByTestId('written-chart').locator('[data-drawn-until-ms]')).toHaveAttribute('data-drawn-until-ms', '');
});

test('presentation at 1920×1080 has no text under 24 px, charts included', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openFresh(page);
  await page.getByRole('button', { name: 'Chef mode' }).click();
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('slider', { name: 'Playback time' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const smallest = await page.evaluate(() => {
    const sizes: { px: number; text: string }[] = [];
    const zoomOf = (el: Element) => (el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (!own) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || el.closest('.visually-hidden, [role="tooltip"]')) continue;
      sizes.push({ px: parseFloat(style.fontSize) * zoomOf(el), text: el.textContent.trim().slice(0, 30) });
    }
    sizes.sort((a, b) => a.px - b.px);
    return sizes[0];
  });
  expect(smallest!.px, `smallest text: "${smallest!.text}"`).toBeGreaterThanOrEqual(24);
  // Bar labels and the like are painted on a canvas, out of the DOM's reach: each chart says
  // how small its canvas text gets (its text scale times its smallest font).
  const charts = page.getByRole('application', { name: /timeline of/ });
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    expect(Number(await chart.getAttribute('data-smallest-text-px'))).toBeGreaterThanOrEqual(24);
  }
});

test('presentation on a 1280×720 projector fits the window: one row of controls, both charts and the metrics', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFresh(page);
  await page.getByRole('button', { name: 'Chef mode' }).click();
  await page.getByRole('button', { name: 'Present' }).click();
  const bar = page.getByRole('slider', { name: 'Playback time' });
  await expect(bar).toBeVisible();
  // At 26 px type (the 1080-line size) the bar took two rows, its time readout ran under a
  // button, and the metrics fell out of the window.
  const exit = (await page.getByRole('button', { name: /^Exit/ }).boundingBox())!;
  const chef = (await page.getByRole('button', { name: 'Chef mode' }).boundingBox())!;
  expect(Math.abs(chef.y - exit.y)).toBeLessThan(4);
  const metrics = (await page.getByRole('region', { name: 'Metrics' }).boundingBox())!;
  expect(metrics.y + metrics.height).toBeLessThan(721);
  for (const chart of await page.getByRole('application', { name: /timeline of/ }).all()) {
    const box = (await chart.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(721);
  }
});

test('chef mode at 1280×720 keeps the metrics in the window: the kitchen key takes two short rows', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFresh(page);
  await page.getByRole('button', { name: 'Chef mode' }).click();
  const key = page.getByRole('region', { name: 'Kitchen key' });
  await expect(key).toBeVisible();
  // Items wrapped to two lines each: 105 px of key pushed the metrics out of the window.
  expect((await key.boundingBox())!.height).toBeLessThan(75);
  const metrics = (await page.getByRole('region', { name: 'Metrics' }).boundingBox())!;
  expect(metrics.y + metrics.height).toBeLessThan(721); // flush with the window's edge is in
});
