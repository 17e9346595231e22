import { test, expect, type Page } from '@playwright/test';
import { openFresh } from './openApp';

// The server's own work (the loop reading each request and sending its response) is drawn as
// thin grey bars on the event loop's lane; a learner can hide it, and the choice is kept.

/** 300 awaits sent at once: the loop reads them one after another, so its server work is a wide grey block. */
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

test('the server work toggle hides the loop\'s thin grey bars and their legend line, and the choice survives a reload', async ({ page }) => {
  await openFresh(page);
  await openScenario(page, AWAITS);
  const toggle = page.getByRole('toolbar', { name: 'Chart' }).getByRole('checkbox', { name: 'Server work' });
  const legend = page.getByTestId('written-chart').getByText('server work', { exact: true });
  await expect(toggle).toBeChecked();
  await expect(legend).toBeVisible();
  await expect.poll(() => greyBarPixels(page)).toBeGreaterThan(1000);

  await toggle.uncheck();
  await expect(legend).toHaveCount(0);
  await expect.poll(() => greyBarPixels(page)).toBe(0);
  // The figures are the simulation's, not the drawing's: hiding the bars changes no latency.
  await expect(page.getByRole('row', { name: /^Latency p50/ }).getByRole('cell').first()).toHaveText(/226/);

  // A preference, like the theme: the last scenario comes back after a reload, still without them.
  await page.reload();
  await expect(page.getByRole('application', { name: /^As written/ })).toBeVisible();
  await expect(toggle).not.toBeChecked();
  await expect.poll(() => greyBarPixels(page)).toBe(0);

  await toggle.check();
  await expect.poll(() => greyBarPixels(page)).toBeGreaterThan(1000);
});
