import { test, expect, type Page } from '@playwright/test';

// What a redraw touches: only what changed. Rewriting an SVG attribute with the value it
// already has still makes the browser lay the SVG out again, on every frame.

const writtenChart = (page: Page) => page.getByRole('application', { name: /^As written/ });

async function openApp(page: Page) {
  await page.goto('./');
  await expect(writtenChart(page)).toBeVisible();
}

/** Start counting attribute writes in the written chart's header, axis and row labels. */
async function watchChartAttributes(page: Page) {
  await writtenChart(page).evaluate((root) => {
    const [header, , overlay] = Array.from(root.children);
    const part = (node: Node): string => {
      if (header!.contains(node)) return 'header';
      const labels = overlay!.querySelector('g[clip-path*="labels"]')!;
      if (labels.contains(node)) return 'labels';
      return overlay!.contains(node) ? 'overlay' : 'other';
    };
    const writes: Record<string, number> = {};
    new MutationObserver((records) => {
      for (const r of records) if (r.type === 'attributes') writes[part(r.target)] = (writes[part(r.target)] ?? 0) + 1;
    }).observe(root, { attributes: true, subtree: true });
    Object.assign(window, { chartWrites: writes });
  });
}

const chartWrites = (page: Page) => page.evaluate(() => ({ ...(window as unknown as { chartWrites: Record<string, number> }).chartWrites }));
const frames = (page: Page, n: number) => page.evaluate((k) => new Promise<void>((resolve) => {
  const next = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
  next(k);
}), n);

test('zooming rewrites the axis, not the header or the row labels', async ({ page }) => {
  await openApp(page);
  await frames(page, 2);
  await watchChartAttributes(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await frames(page, 3);
  const writes = await chartWrites(page);
  expect(writes.overlay ?? 0).toBeGreaterThan(0); // the axis ticks moved
  expect(writes.header ?? 0).toBe(0);
  expect(writes.labels ?? 0).toBe(0);
});

test('an edit of a small scenario draws each chart once, on the axis both charts share', async ({ page }) => {
  await openApp(page);
  // A def route: its flipped variant (the same blocking code in async def) runs longer, so
  // the second chart's timeline is the one that sets the shared axis.
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'A blocking call in def' });
  for (const edit of ['Add CPU burst', 'Add blocking I/O', 'Add CPU burst']) {
    await frames(page, 2);
    await page.evaluate(() => performance.clearMeasures());
    await page.getByRole('button', { name: edit }).click();
    await page.waitForFunction(() => performance.getEntriesByName('looplab:edit-to-redraw').length > 0);
    await frames(page, 3);
    // The edit makes both timelines longer: drawing the first chart before the second had
    // moved the axis drew the first one twice.
    expect(await page.evaluate(() => performance.getEntriesByName('looplab:render').length)).toBe(2);
  }
});
