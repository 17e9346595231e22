import { test, expect } from '@playwright/test';
import { openFresh } from './openApp';
import { expectNoAxeViolations } from './axe';

// What the editor says before and after an edit: refusals foreseen, fields that say what they do.

test('on a def route, "Add I/O wait" is disabled before the click, says why, and offers the fix', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('radio', { name: 'def', exact: true }).check();
  const addIo = page.getByRole('button', { name: 'Add I/O wait' });
  await expect(addIo).toHaveAttribute('aria-disabled', 'true');
  await expect(addIo).toHaveAccessibleDescription(/def route, and await is only allowed inside async def/);
  const reason = page.getByText(/^Cannot add an I\/O wait to .*: it is a def route/);
  await expect(reason).toBeVisible();
  // The fix is one click away, and then the action is offered.
  await page.getByRole('button', { name: 'Switch to async def' }).click();
  await expect(page.getByRole('radio', { name: 'async def', exact: true })).toBeChecked();
  await expect(addIo).not.toHaveAttribute('aria-disabled', 'true');
  await expect(reason).toHaveCount(0);
});

test('moving and wrapping say why they cannot run before the click: no step selected, first step, def route', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('radio', { name: 'def', exact: true }).check();
  const steps = page.getByRole('list', { name: /^Steps of/ });
  await steps.getByRole('button', { name: /^Step 1\./ }).click();
  await expect(page.getByRole('button', { name: 'Move to a thread' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('button', { name: 'Move to a thread' })).toHaveAccessibleDescription(/is a def route: it already runs on a pool thread/);
  // Said once for both moves, with one fix: two near-identical sentences and three "Switch to async def" buttons filled the editor.
  await expect(page.getByRole('button', { name: 'Move to a process' })).toHaveAccessibleDescription(/is a def route: it already runs on a pool thread/);
  await expect(page.getByText(/is a def route: it already runs on a pool thread/)).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Switch to async def' })).toHaveCount(2); // beside Add I/O wait's reason, and this one
  await expect(page.getByRole('button', { name: 'Move step 1 up' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('button', { name: 'Move step 1 up' })).toHaveAccessibleDescription('Already the first step.');
});

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const [width, height] of [[1024, 640], [1280, 720], [1920, 1080]] as const) {
  test(`a toast never covers the side panel, editor or lesson (${width}×${height})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openFresh(page);
    await page.getByRole('button', { name: 'Add CPU burst' }).click();
    const toast = page.getByRole('status').filter({ hasText: 'Add CPU burst: done' });
    await expect(toast).toBeVisible();
    // The side column as shown (it scrolls inside: its content's box runs below the window).
    const side = page.locator('#side-panel');
    await expect(side.getByRole('complementary', { name: 'Edit the scenario' })).toBeVisible();
    expect(overlap((await toast.boundingBox())!, (await side.boundingBox())!)).toBe(false);
    // A lesson's scenario loads with a message too, while the learner reads the question beside it.
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await page.getByRole('button', { name: /^Step 1 ·/ }).click();
    const loaded = page.getByRole('status').filter({ hasText: /Lesson scenario/ });
    await expect(loaded).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Lessons' })).toBeVisible();
    expect(overlap((await loaded.boundingBox())!, (await side.boundingBox())!)).toBe(false);
  });
}

test('the Count, Start and Every fields edit their own request line; a new line has its own button', async ({ page }) => {
  await openFresh(page);
  const requests = page.getByRole('region', { name: 'Requests' });
  const line1 = requests.getByRole('group', { name: /^Line 1:/ });
  await expect(requests.getByRole('group', { name: /^Line \d:/ })).toHaveCount(1);
  const count = line1.getByRole('spinbutton', { name: 'Count' });
  await count.fill('20');
  await count.press('Enter');
  await expect(line1).toHaveAccessibleName(/^Line 1: 20 → /);
  await expect(requests.getByRole('group', { name: /^Line \d:/ })).toHaveCount(1);
  await expect(page.getByRole('application', { name: /^As written/ })).toHaveAttribute('aria-label', /timeline of 20 requests/);
  await requests.getByRole('button', { name: /^Add a line of requests to / }).click();
  await expect(requests.getByRole('group', { name: /^Line \d:/ })).toHaveCount(2);
  await expect(page.getByRole('application', { name: /^As written/ })).toHaveAttribute('aria-label', /timeline of 30 requests/);
});

test('with two workers and an empty second lane, the chart says why', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'A blocking call in def' });
  const workers = page.getByRole('spinbutton', { name: 'Workers' });
  await workers.fill('2');
  await workers.press('Enter');
  const chart = page.getByRole('application', { name: /^As written/ });
  await expect(chart).toHaveAttribute('aria-label', /Worker 1: no requests, because all 5 arrived at once and worker 0, idle first, took them all\. Workers share one listening socket/);
  await expect(chart.locator('svg text', { hasText: /^No requests: all 5 arrived at once/ })).toBeVisible();
});

test('a refused value is said beside its field too: marked invalid and described by the reason, the document\'s value kept, put away once fixed or left', async ({ page }) => {
  await openFresh(page);
  const editor = page.getByRole('complementary', { name: 'Edit the scenario' });
  const duration = editor.getByRole('spinbutton', { name: 'Duration of step 1 (ms)' });
  const kept = await duration.inputValue();
  const reason = editor.getByText(/a duration cannot be negative \(got -5 ms\)/);
  await duration.fill('-5');
  await duration.press('Enter');
  await expect(page.getByRole('alert')).toContainText('cannot be negative'); // the status bar still says it
  await expect(duration).toHaveValue(kept);
  await expect(duration).toHaveAttribute('aria-invalid', 'true');
  await expect(duration).toHaveAccessibleDescription(/a duration cannot be negative \(got -5 ms\)/);
  // Beside the field: just under it, in the editor, not only along the window's foot.
  await expect(reason).toBeVisible();
  const field = (await duration.boundingBox())!;
  const said = (await reason.boundingBox())!;
  expect(said.y - (field.y + field.height), 'the reason\'s distance under its field').toBeLessThan(60);
  expect(said.y).toBeGreaterThan(field.y);
  await expectNoAxeViolations(page);
  // Typing again (the fix) puts it away.
  await duration.pressSequentially('3');
  await expect(reason).toHaveCount(0);
  await expect(duration).not.toHaveAttribute('aria-invalid');
  await expect(duration).toHaveAccessibleDescription('');
  await duration.press('Escape');
  // Refused on leaving the field: said there; leaving it again with nothing new puts it away.
  await duration.fill('-5');
  await duration.press('Tab');
  await expect(reason).toBeVisible();
  await expect(duration).toHaveAttribute('aria-invalid', 'true');
  await duration.focus();
  await duration.press('Tab');
  await expect(reason).toHaveCount(0);
  // A value accepted says nothing beside the field; the server's fields say their refusals too.
  await duration.fill('250');
  await duration.press('Enter');
  await expect(duration).toHaveValue('250');
  await expect(duration).not.toHaveAttribute('aria-invalid');
  const workers = editor.getByRole('spinbutton', { name: 'Workers' });
  await workers.fill('0');
  await workers.press('Enter');
  await expect(workers).toHaveAttribute('aria-invalid', 'true');
  await expect(workers).toHaveValue('1');
  await expect(workers).toHaveAccessibleDescription(/\S/);
});
