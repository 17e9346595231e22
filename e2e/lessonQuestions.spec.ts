import { test, expect, type Locator, type Page } from '@playwright/test';
import { openFresh } from './openApp';

// Every lesson's predict question, as a student sees it before the reveal. The lessons are
// walked through the app (Next lesson ›), so a lesson added later is checked too.

async function openFirstLesson(page: Page) {
  await openFresh(page);
  await page.getByRole('button', { name: 'Lessons' }).click();
  await page.getByRole('button', { name: /^Step 1 ·/ }).click();
}

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

test('in every lesson the predict options look alike until the reveal (no figure bold in one option only), and start unanswered', async ({ page }) => {
  await openFirstLesson(page);
  const next = page.getByRole('button', { name: 'Next lesson ›' });
  let asked = 0;
  for (;;) {
    const title = await page.getByRole('complementary', { name: 'Lessons' }).getByRole('heading', { level: 2 }).textContent();
    const answers = page.getByRole('group', { name: 'Your answer' });
    if (await answers.count()) {
      asked++;
      // A new lesson starts unanswered: the last lesson's pick is not carried over.
      await expect(answers.getByRole('radio', { checked: true })).toHaveCount(0);
      const own = await optionStyles(answers.locator('label'));
      expect(new Set(own.flat()).size, `${title}: options drawn in ${JSON.stringify(own)}`).toBe(1);
      await answers.getByRole('radio').first().check();
      await page.getByRole('radio', { name: 'Class vote' }).check();
      const votes = await optionStyles(page.getByRole('list', { name: 'Votes per answer' }).locator('.vote-choice'));
      expect(new Set(votes.flat()).size, `${title}, class vote: options drawn in ${JSON.stringify(votes)}`).toBe(1);
    }
    if (await next.isDisabled()) break;
    await next.click();
  }
  expect(asked).toBeGreaterThanOrEqual(11);
});
