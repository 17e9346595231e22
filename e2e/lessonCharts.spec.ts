import { test, expect, type Page } from '@playwright/test';
import { openFresh } from './openApp';
import { LESSONS } from '../shared/lessons/index';

// Every lesson's charts as a student sees them: in the view that shows the lesson's point,
// with bars drawn, before and after the reveal. One test a lesson, opened from the lessons
// list, so a lesson added later gets its own: walking all seventeen in one test (Next
// lesson ›) was seventeen lessons' work under one test's time bound, and a busy machine ran
// out of it.

async function openFirstLesson(page: Page) {
  await openFresh(page);
  await page.getByRole('button', { name: 'Lessons' }).click();
  await page.getByRole('button', { name: /^Step 1 ·/ }).click();
}

/**
 * The share of a chart's plot painted in a bar colour. Row bands, grid and background are
 * greys; every state's fill is a colour (high-contrast aside, which this test does not use).
 */
function barInk(page: Page, chart: 'written' | 'variant'): Promise<number> {
  return page.getByTestId(`${chart}-chart`).locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4) {
      const hi = Math.max(data[i]!, data[i + 1]!, data[i + 2]!);
      const lo = Math.min(data[i]!, data[i + 1]!, data[i + 2]!);
      if (data[i + 3]! > 200 && hi - lo > 30) coloured++;
    }
    return coloured / (canvas.width * canvas.height);
  });
}

/** 2 % of the plot: a lane of tick-thin hops paints none of it, the thinnest lesson chart 3.5 % (1280×720). */
const LEAST_INK = 0.02;

for (const lesson of LESSONS) {
  test(`${lesson.title}: opens in its view, its charts drawing bars before and after the reveal`, async ({ page }) => {
    await openFresh(page);
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await page.getByRole('button', { name: lesson.title, exact: true }).click();
    await expect(page.getByRole('complementary', { name: 'Lessons' }).getByRole('heading', { level: 2, name: lesson.title, exact: true })).toBeVisible();
    // Lessons choose: some points are lanes (threads, loops, processes), some are requests.
    const view = lesson.view === 'requests' ? 'Requests' : 'Resources';
    await expect(page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: view })).toBeChecked();
    await expect.poll(() => barInk(page, 'written'), { message: `first chart (${view})` }).toBeGreaterThan(LEAST_INK);
    const answers = page.getByRole('group', { name: 'Your answer' });
    if (lesson.question) {
      await answers.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Lock in my answer' }).click();
      await page.getByRole('button', { name: 'Reveal' }).click();
    } else {
      await expect(answers).toHaveCount(0);
    }
    for (const chart of ['written', 'variant'] as const) {
      await expect.poll(() => barInk(page, chart), { message: `${chart} chart after the reveal (${view})` }).toBeGreaterThan(LEAST_INK);
    }
  });
}

test('opening a lesson scrolls its own panel to the top, not the page: the toolbar stays in view at 1024×640', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 640 });
  await openFirstLesson(page);
  await page.getByRole('button', { name: 'Next lesson ›' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Step 2 ·/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lessons', exact: true })).toBeInViewport({ ratio: 1 });
});
