/** axe-core over the page as it is now, with the experimental rule a speech-input user needs. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    // Off by default in axe (experimental): a visible label missing from the accessible name
    // means "click Step 1" said aloud matches nothing.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  expect(found).toEqual([]);
}
