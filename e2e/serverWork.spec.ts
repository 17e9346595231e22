import { test, expect, type Page } from '@playwright/test';
import { openFresh } from './openApp';

// The server's own work (the loop reading each request and sending its response) is drawn as
// thin grey bars on the event loop's lane; a learner can hide it, and the choice is kept.

/** 300 awaits sent at once: the loop reads them one after another, so its server work makes two grey blocks. */
const AWAITS = {
  name: '300 awaits',
  routes: [{ name: 'wait', kind: 'async', steps: [{ await_io: 200 }] }],
  requests: [{ route: 'wait', at: 0, count: 300, every: 0 }],
};

async function openScenario(page: Page, scenario: object) {
  // Wait for the picker first, and let that request reach the browser before the key (see files.spec.ts).
  const picker = page.waitForEvent('filechooser');
  await page.evaluate(() => 0);
  await page.keyboard.press('Control+o');
  await (await picker).setFiles({ name: 'awaits.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
  await expect(page.getByRole('application', { name: /^As written/ })).toBeVisible();
}

/**
 * Pixels of the first chart's bar canvas painted grey: in the resources view of AWAITS the loop's
 * lane holds only server work (awaited I/O occupies no lane), and every other state is a colour.
 */
function greyBarPixels(page: Page): Promise<number> {
  return page.getByTestId('written-chart').locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let grey = 0;
    for (let i = 0; i < data.length; i += 4) {
      const hi = Math.max(data[i]!, data[i + 1]!, data[i + 2]!);
      const lo = Math.min(data[i]!, data[i + 1]!, data[i + 2]!);
      // The server pattern's dark grey lines (the grid lines behind the bars are a light grey).
      if (data[i + 3]! > 200 && hi - lo < 8 && hi < 160) grey++;
    }
    return grey;
  });
}

/** The metrics table's text, opened if folded: every figure the simulation gave, in one string. */
async function metricsText(page: Page): Promise<string> {
  const fold = page.getByRole('button', { name: 'Metrics' });
  if ((await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
  const table = page.getByRole('region', { name: 'Metrics' });
  await expect(table.getByRole('row', { name: /^Latency p50/ })).toBeVisible();
  return (await table.innerText()).trim();
}

test('the Show server work checkbox hides the loop\'s thin grey bars and their legend line, changes no figure, and is remembered', async ({ page }) => {
  await openFresh(page);
  await openScenario(page, AWAITS);
  const toggle = page.getByRole('checkbox', { name: 'Show server work' });
  const legend = page.getByTestId('written-chart').getByText('server work', { exact: true });
  await expect(toggle).toBeChecked();
  await expect(legend).toBeVisible();
  // The loop reads 300 requests one after another, then answers them: two grey blocks, ~50 ms each.
  await expect.poll(() => greyBarPixels(page)).toBeGreaterThan(200);
  const figures = await metricsText(page);
  // The last await ends ~250 ms after it was sent, not 200: the loop's own work is in the figures.
  await expect(page.getByRole('row', { name: /^Latency max/ }).getByRole('cell').first()).toHaveText(/^2[3-6]\d/);

  await toggle.uncheck();
  await expect(legend).toHaveCount(0);
  await expect.poll(() => greyBarPixels(page)).toBe(0);
  // The figures are the simulation's, not the drawing's: hiding the bars changes none of them.
  expect(await metricsText(page)).toBe(figures);

  // A preference, like the theme: the last scenario comes back after a reload, still without them.
  await page.reload();
  await expect(page.getByRole('application', { name: /^As written/ })).toBeVisible();
  await expect(toggle).not.toBeChecked();
  await expect.poll(() => greyBarPixels(page)).toBe(0);

  await toggle.check();
  await expect(legend).toBeVisible();
  await expect.poll(() => greyBarPixels(page)).toBeGreaterThan(200);
});
