import { test, expect, type Locator } from '@playwright/test';
import { openFresh } from './openApp';
import { LESSONS } from '../shared/lessons/index';

// Every lesson's predict question, as a student sees it before the reveal. One test a
// lesson, so a lesson added later gets its own: walking all seventeen in one test (Next
// lesson ›) was seventeen lessons' work under one test's time bound, and a busy machine ran
// out of it. Each is still reached by Next lesson › from the lesson before, answered.

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

const ASKED = LESSONS.flatMap((lesson, i) => (lesson.question ? [{ lesson, before: LESSONS[i - 1] }] : []));

test('most lessons ask a question before their reveal', () => {
  expect(ASKED.length).toBeGreaterThanOrEqual(11);
});

for (const { lesson, before } of ASKED) {
  test(`${lesson.title}: its predict options look alike until the reveal (no figure bold in one option only), and start unanswered`, async ({ page }) => {
    await openFresh(page);
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Lessons' });
    const answers = page.getByRole('group', { name: 'Your answer' });
    if (before) {
      // The lesson before, answered: its pick must not carry over.
      await page.getByRole('button', { name: before.title, exact: true }).click();
      await expect(panel.getByRole('heading', { level: 2, name: before.title, exact: true })).toBeVisible();
      if (before.question) await answers.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Next lesson ›' }).click();
    } else {
      await page.getByRole('button', { name: lesson.title, exact: true }).click();
    }
    await expect(panel.getByRole('heading', { level: 2, name: lesson.title, exact: true })).toBeVisible();
    await expect(answers.getByRole('radio', { checked: true })).toHaveCount(0);
    const own = await optionStyles(answers.locator('label'));
    expect(new Set(own.flat()).size, `options drawn in ${JSON.stringify(own)}`).toBe(1);
    await answers.getByRole('radio').first().check();
    await page.getByRole('radio', { name: 'Class vote' }).check();
    const votes = await optionStyles(page.getByRole('list', { name: 'Votes per answer' }).locator('.vote-choice'));
    expect(new Set(votes.flat()).size, `class vote: options drawn in ${JSON.stringify(votes)}`).toBe(1);
  });
}
