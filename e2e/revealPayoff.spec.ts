import { test, expect, type Page } from '@playwright/test';
import { openFresh } from './openApp';

// The payoff of a lesson, on a projector: after Reveal the verdict and the takeaway are in
// view, and the metrics line under the charts is whole (fits or wraps, never cut).

/** Whether any part of the folded metrics line is cut off (an ellipsis, or hidden overflow). */
const metricsLineCut = (page: Page) => page.getByRole('region', { name: 'Metrics' }).locator('.metrics-summary').evaluate((line) =>
  [line, ...Array.from(line.children)].some((el) => el.scrollWidth > el.clientWidth));

for (const [width, height] of [[1920, 1080], [1280, 720]] as const) {
  test(`presenting at ${width}×${height}: Reveal brings the verdict and the takeaway into view, and the metrics line is whole`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openFresh(page);
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await page.getByRole('button', { name: /^Myth 2/ }).click();
    await page.keyboard.press('f');
    await expect(page.getByRole('slider', { name: 'Playback time' })).toBeVisible();
    await page.getByRole('group', { name: 'Your answer' }).getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Lock in my answer' }).click();
    await page.getByRole('button', { name: 'Reveal' }).click();
    await expect(page.getByText(/^(Right|Not quite)\./)).toBeInViewport({ ratio: 1 });
    // The whole takeaway, its last line included.
    await expect(page.getByText(/^Takeaway\. Inside async def, every blocking call/)).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('region', { name: 'Metrics' })).toContainText('Loop blocked');
    expect(await metricsLineCut(page)).toBe(false);
  });
}

test('the folded metrics line says a big change whole beside the editor at 1280×720', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFresh(page);
  // Thread-pool exhaustion's flip blocks the loop for 30 s: "+30,000 ms worse" was cut to "+30,000 ms wor…".
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'Thread-pool exhaustion' });
  await expect(page.getByRole('region', { name: 'Metrics' })).toContainText('30,000 ms');
  expect(await metricsLineCut(page)).toBe(false);
});
