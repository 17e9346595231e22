import { test, expect, type Locator, type Page } from '@playwright/test';
import { openFresh } from './openApp';
import { LESSONS, type Lesson } from '../shared/lessons/index';

// Every lesson as a student meets it: reached by Next lesson › from the lesson before (opened
// from the lessons list and answered), in the view that shows its point, its predict question
// unanswered with options drawn alike, and its charts drawing bars before and after the
// reveal. One test a lesson, so a lesson added later gets its own, and a failure names the
// lesson and, by its step, what broke: walking all seventeen in one test was seventeen
// lessons' work under one test's time bound, and a busy machine ran out of it. The question
// and the charts were two tests a lesson, each opening the app and the lesson again.

/**
 * How each option's text is drawn, code spans aside (code reads as code in every option):
 * weight, style, colour, size, font, decoration, background of every run of text.
 */
function optionStyles(options: Locator): Promise<string[][]> {
  return options.evaluateAll((nodes) => nodes.map((node) => {
    const styles = new Set<string>();
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const el = t.parentElement!;
      if (!t.textContent!.trim() || el.closest('code')) continue;
      const s = getComputedStyle(el);
      styles.add([s.fontWeight, s.fontStyle, s.color, s.fontSize, s.fontFamily, s.textDecorationLine, s.backgroundColor].join(' | '));
    }
    return [...styles];
  }));
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

/** Lessons choose: some points are lanes (threads, loops, processes), some are requests. */
const viewOf = (lesson: Lesson) => (lesson.view === 'requests' ? 'Requests' : 'Resources');

async function expectOpenInItsView(page: Page, lesson: Lesson) {
  await expect(page.getByRole('complementary', { name: 'Lessons' }).getByRole('heading', { level: 2, name: lesson.title, exact: true })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: viewOf(lesson) })).toBeChecked();
}

test('most lessons ask a question before their reveal', () => {
  expect(LESSONS.filter((l) => l.question).length).toBeGreaterThanOrEqual(11);
});

for (const [i, lesson] of LESSONS.entries()) {
  const before = LESSONS[i - 1];
  const reached = before ? 'reached by Next lesson ›' : 'opened from the lessons list';
  const asks = lesson.question ? 'unanswered, its options drawn alike until the reveal (no figure bold in one option only)' : 'asking nothing';
  test(`${lesson.title}: ${reached}, opens in its view ${asks}, its charts drawing bars before and after the reveal`, async ({ page }) => {
    // Two lessons drawn and a reveal: a minute still catches a hang on a busy 2-core machine.
    test.setTimeout(60_000);
    await openFresh(page);
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    const answers = page.getByRole('group', { name: 'Your answer' });
    if (before) {
      await test.step(`the lesson before, ${before.title}, opens from the list in its view${before.question ? ' and is answered' : ''}`, async () => {
        await page.getByRole('button', { name: before.title, exact: true }).click();
        await expectOpenInItsView(page, before);
        // Answered: its pick must not carry over to the next lesson.
        if (before.question) await answers.getByRole('radio').first().check();
      });
      await page.getByRole('button', { name: 'Next lesson ›' }).click();
    } else {
      await page.getByRole('button', { name: lesson.title, exact: true }).click();
    }

    await test.step('it opens in its view, its first chart drawing bars', async () => {
      await expectOpenInItsView(page, lesson);
      await expect.poll(() => barInk(page, 'written'), { message: `first chart (${viewOf(lesson)})` }).toBeGreaterThan(LEAST_INK);
    });

    if (lesson.question) {
      await test.step('it starts unanswered, its options drawn alike', async () => {
        await expect(answers.getByRole('radio', { checked: true })).toHaveCount(0);
        const own = await optionStyles(answers.locator('label'));
        expect(new Set(own.flat()).size, `options drawn in ${JSON.stringify(own)}`).toBe(1);
      });
      await test.step('in a class vote too, its options are drawn alike', async () => {
        await answers.getByRole('radio').first().check();
        await page.getByRole('radio', { name: 'Class vote' }).check();
        const votes = await optionStyles(page.getByRole('list', { name: 'Votes per answer' }).locator('.vote-choice'));
        expect(new Set(votes.flat()).size, `class vote: options drawn in ${JSON.stringify(votes)}`).toBe(1);
        await page.getByRole('radio', { name: 'Just me' }).check();
      });
      await test.step('answered, locked in and revealed', async () => {
        await answers.getByRole('radio').first().check();
        await page.getByRole('button', { name: 'Lock in my answer' }).click();
        await page.getByRole('button', { name: 'Reveal' }).click();
      });
    } else {
      await test.step('it asks nothing', async () => {
        await expect(answers).toHaveCount(0);
      });
    }

    await test.step(`both charts draw bars${lesson.question ? ' after the reveal' : ''}`, async () => {
      for (const chart of ['written', 'variant'] as const) {
        await expect.poll(() => barInk(page, chart), { message: `${chart} chart (${viewOf(lesson)})` }).toBeGreaterThan(LEAST_INK);
      }
    });
  });
}

test('opening a lesson scrolls its own panel to the top, not the page: the toolbar stays in view at 1024×640', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 640 });
  await openFresh(page);
  await page.getByRole('button', { name: 'Lessons' }).click();
  await page.getByRole('button', { name: /^Step 1 ·/ }).click();
  await page.getByRole('button', { name: 'Next lesson ›' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Step 2 ·/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lessons', exact: true })).toBeInViewport({ ratio: 1 });
});
