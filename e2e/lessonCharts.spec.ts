import { test, expect, type Page } from '@playwright/test';
import { openFresh } from './openApp';

// Every lesson's charts as a student sees them: in the view that shows the lesson's point,
// with bars drawn, before and after the reveal. Walked through the app (Next lesson ›), so a
// lesson added later is checked too.

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

test('every lesson opens in a view whose charts draw bars, before and after the reveal', async ({ page }) => {
  await openFirstLesson(page);
  const panel = page.getByRole('complementary', { name: 'Lessons' });
  const next = page.getByRole('button', { name: 'Next lesson ›' });
  const seen = new Set<string>();
  for (;;) {
    const title = (await panel.getByRole('heading', { level: 2 }).textContent())!;
    const view = await page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { checked: true }).evaluate((r) => r.parentElement!.textContent);
    seen.add(view);
    await expect.poll(() => barInk(page, 'written'), { message: `${title}, first chart (${view})` }).toBeGreaterThan(LEAST_INK);
    const answers = page.getByRole('group', { name: 'Your answer' });
    if (await answers.count()) {
      await answers.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Lock in my answer' }).click();
      await page.getByRole('button', { name: 'Reveal' }).click();
    }
    for (const chart of ['written', 'variant'] as const) {
      await expect.poll(() => barInk(page, chart), { message: `${title}, ${chart} chart after the reveal (${view})` }).toBeGreaterThan(LEAST_INK);
    }
    if (await next.isDisabled()) break;
    await next.click();
  }
  // Lessons choose: some points are lanes (threads, loops, processes), some are requests.
  expect([...seen].sort()).toEqual(['Requests', 'Resources']);
});

test('opening a lesson scrolls its own panel to the top, not the page: the toolbar stays in view at 1024×640', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 640 });
  await openFirstLesson(page);
  await page.getByRole('button', { name: 'Next lesson ›' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Step 2 ·/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lessons', exact: true })).toBeInViewport({ ratio: 1 });
});
