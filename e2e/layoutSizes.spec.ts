import { test, expect, type Page } from '@playwright/test';
import { clippedText } from './clippedText';

// The screens a teacher and a student use, at the sizes they have: a small laptop, a
// projector, a desktop. No text may be cut off without an ellipsis and a title, nothing may
// run off the window, and the screenshots are kept with the results for a person to look at.

const SIZES = [[1024, 640], [1280, 720], [1920, 1080]] as const;

async function openFresh(page: Page) {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('application', { name: /^As written/ })).toBeVisible();
}

for (const [width, height] of SIZES) {
  test(`no text is cut off unannounced at ${width}×${height}: editor, requests view, chef mode, lessons, a lesson, presentation`, async ({ page }, info) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    await openFresh(page);
    const problems: string[] = [];
    const screen = async (name: string) => {
      await page.waitForTimeout(150); // a chart draws in the frame after its data
      problems.push(...(await clippedText(page)).map((p) => `${name}: ${p}`));
      // Kept as files for a person to look at (test-results/<this test>/), not inlined into the report.
      await page.screenshot({ path: info.outputPath(`${name.replace(/[^a-z]+/g, '-')}-${width}x${height}.png`) });
    };
    await screen('editor');
    // One row of toolbar from 1280 px up: a second row took 44 px from both charts on a 720-line projector.
    if (width >= 1280) expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThan(60);
    await page.getByRole('radio', { name: 'Requests' }).check();
    await screen('requests view');
    await page.getByRole('button', { name: 'Chef mode' }).click();
    await screen('chef mode');
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await screen('lessons, chef mode');
    await page.getByRole('button', { name: 'Chef mode' }).click();
    await page.getByRole('button', { name: /^Step 1 ·/ }).click();
    await expect(page.getByRole('heading', { name: /^Step 1 ·/ })).toBeVisible();
    await screen('a lesson');
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.getByRole('group', { name: 'Playback' })).toBeVisible();
    await screen('presentation');
    await page.getByRole('button', { name: 'Chef mode' }).click();
    await screen('presentation, chef mode');
    expect(problems).toEqual([]);
  });
}
