/**
 * Share links and deep links, as a teacher and a class use them: the teacher copies a link,
 * a student opens it in a browser of their own (a fresh context: no storage, no history).
 */
import { test, expect, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chooseFromMenu } from './menus';
import { openFresh } from './openApp';

const stepNames = (page: Page) => page.getByRole('list', { name: /^Steps of/ }).locator(':scope > li').allInnerTexts();
const linkOf = async (page: Page, name: string) => page.getByRole('dialog', { name: 'Share link' }).getByRole('textbox', { name }).inputValue();

test('a share link opened in a fresh browser restores the steps, the view and the lesson', async ({ page, browser }) => {
  test.slow(); // two browsers, a lesson walked through, and a picture compared
  await openFresh(page);
  // The teacher: Myth 2, answer revealed, its fixed scenario edited, the requests view zoomed in, chef mode, dark.
  await page.getByRole('button', { name: 'Lessons' }).click();
  await page.getByRole('button', { name: /^Myth 2/ }).click();
  await page.getByRole('group', { name: 'Your answer' }).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Lock in my answer' }).click();
  await page.getByRole('button', { name: 'Reveal' }).click();
  await page.getByRole('button', { name: /^Edit “/ }).last().click();
  await page.getByRole('button', { name: 'Add CPU burst' }).click();
  await expect(page.getByRole('status')).toHaveText(/Add CPU burst: done/);
  const steps = await stepNames(page);
  await page.getByRole('button', { name: 'Back to the lesson' }).click();
  await page.getByText('Requests', { exact: true }).click();
  await page.getByRole('button', { name: /^Chef mode/ }).click();
  await page.getByRole('toolbar', { name: 'Chart' }).getByRole('combobox').selectOption('dark');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Share link…' }).click();
  const link = await linkOf(page, 'Link: Everything on screen');
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#share=v1\.[\w-]+$/);
  await page.keyboard.press('Escape');
  const chartBefore = await page.getByRole('application').first().screenshot();
  const writtenTitle = await page.getByRole('application').first().getAttribute('aria-label');

  // A student's browser: nothing stored, nothing in common but the link.
  const student = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page2 = await student.newPage();
  await page2.goto(link);
  await expect(page2.getByRole('status')).toContainText('Opened a shared link');
  await expect(page2.getByRole('heading', { name: /^Myth 2/ })).toBeVisible();
  await expect(page2.getByText('Takeaway.')).toBeVisible(); // the answer was revealed
  await expect(page2.getByRole('radio', { name: 'Requests' })).toBeChecked();
  await expect(page2.getByRole('button', { name: /^Chef mode/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page2.getByRole('toolbar', { name: 'Chart' }).getByRole('combobox')).toHaveValue('dark');
  await expect(page2.getByRole('application').first()).toHaveAttribute('aria-label', writtenTitle!);
  expect(new URL(page2.url()).hash).toBe(''); // a reload starts from the student's own work, not the link again
  // Same scenario, view and zoom window: the same picture, pixel for pixel.
  await expect.poll(async () => (await page2.getByRole('application').first().screenshot()).equals(chartBefore)).toBe(true);
  await page2.getByRole('button', { name: 'Lessons', exact: true }).click(); // to the editor: the teacher's edited steps
  expect(await stepNames(page2)).toEqual(steps);
  await student.close();
});

test('a tampered share link is refused with a message, and the learner keeps their own scenario', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Add CPU burst' }).click();
  const mine = await stepNames(page);
  await page.getByRole('button', { name: 'Share link…' }).click();
  const link = await linkOf(page, 'Link: Everything on screen');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(400); // the last scenario is saved after a quiet moment

  const data = link.split('#share=v1.')[1]!;
  const at = Math.floor(data.length / 2);
  const tampered = `${link.split('#')[0]}#share=v1.${data.slice(0, at)}${data[at] === 'A' ? 'B' : 'A'}${data.slice(at + 1)}`;
  // Opened in a new tab of the same browser: a fresh start, with the learner's work in storage.
  const tab = await page.context().newPage();
  await tab.goto(tampered);
  await expect(tab.getByRole('alert')).toContainText(/The share link (was changed|is cut short or damaged|is damaged).*Nothing was changed\./);
  expect(await stepNames(tab)).toEqual(mine);
  expect(new URL(tab.url()).hash).toBe('');

  // Pasted into the tab already open (only the fragment changes: no reload).
  await page.evaluate((h) => { location.hash = h; }, '#share=v1.not-a-real-link');
  await expect(page.getByRole('alert')).toContainText(/The share link .*Nothing was changed\./);
  expect(await stepNames(page)).toEqual(mine);
});

test('deep links open a lesson and a built-in scenario by their short names; unknown names are refused', async ({ page }) => {
  await openFresh(page);
  await page.goto('./#lesson=myth-2');
  await expect(page.getByRole('heading', { name: /^Myth 2/ })).toBeVisible();
  await page.goto('./#scenario=await-io');
  await expect(page.getByRole('status')).toContainText('Opened the link to');
  await expect(page.getByRole('combobox', { name: 'Scenario', exact: true })).toHaveValue('await-io');
  await expect(page.getByRole('heading', { name: /^Myth 2/ })).toHaveCount(0); // the lesson was closed for the scenario
  await page.goto('./#lesson=myth-9');
  await expect(page.getByRole('alert')).toContainText('The link opens the lesson “myth-9”, which this LoopLab does not have. Nothing was changed.');
  await expect(page.getByRole('combobox', { name: 'Scenario', exact: true })).toHaveValue('await-io');
});

test('the share panel lists this lesson\'s links, and its QR code scans to the chosen link', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Lessons' }).click();
  await page.getByRole('button', { name: /^Myth 2/ }).click();
  await page.getByRole('button', { name: 'Links for this lesson' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  await expect(dialog.getByRole('heading', { name: 'Links for this lesson' })).toBeVisible();
  const lessonLink = await dialog.getByRole('textbox', { name: /^Link: Lesson/ }).inputValue();
  expect(lessonLink).toMatch(/\/#lesson=myth-2$/);
  await dialog.getByRole('button', { name: /^Show the QR code of the link: Lesson/ }).click();
  await expect(dialog.getByRole('img', { name: /^QR code of the link: Lesson/ })).toBeVisible();

  mkdirSync('test-results/share', { recursive: true });
  for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    const file = `test-results/share/share-panel-${size.width}x${size.height}.png`;
    await page.screenshot({ path: file });
    const qr = await dialog.getByRole('img', { name: /^QR code/ }).boundingBox();
    // Big enough for a projector: at least half the window's height.
    expect(qr!.height).toBeGreaterThan(size.height * 0.5);
    // What a phone sees on the screen reads back as the link (zbarimg, where installed).
    const read = spawnSync('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8' });
    if (read.error) test.info().annotations.push({ type: 'skipped check', description: 'zbarimg not installed (apt-get install zbar-tools): the QR code was not scanned' });
    else expect(read.stdout.trim()).toBe(lessonLink);
  }

  // Presenting: the bar's Share puts the QR code of everything on screen over the slides.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('f');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const viewLink = await dialog.getByRole('textbox', { name: 'Link: Everything on screen' }).inputValue();
  await expect(dialog.getByRole('img', { name: 'QR code of the link: Everything on screen' })).toBeVisible();
  const file = 'test-results/share/share-presenting-1920x1080.png';
  await page.screenshot({ path: file });
  const read = spawnSync('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8' });
  if (!read.error) expect(read.stdout.trim()).toBe(viewLink);
});

test('a link too long for a URL says so and offers Save file instead', async ({ page }) => {
  await openFresh(page);
  // Two hundred routes with labels of pseudo-random hex: little a compressor can fold away.
  let seed = 7;
  const hex = () => Array.from({ length: 24 }, () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) >> 16 & 15).toString(16)).join('');
  const routes = Array.from({ length: 200 }, (_, i) => ({ name: `route_${i}`, kind: 'async', steps: [1, 2, 3].map((k) => ({ await_io: k, label: `fetch ${hex()}` })) }));
  const big = { name: 'two hundred routes', routes, requests: routes.map((r, i) => ({ route: r.name, at: i })) };
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), chooseFromMenu(page, 'File', 'Open…')]);
  await chooser.setFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(big)) });
  // Two hundred routes and six hundred steps to lay out and simulate: on a loaded 2-core CI
  // machine that took more than the default 5 s once; 20 s still catches a hang.
  await expect(page.getByRole('status')).toContainText('Opened big.json', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Share link…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  await expect(dialog.getByRole('note')).toContainText(/This link would be [\d,]+ characters: links over 8,000 get cut short/);
  await expect(dialog.getByRole('textbox', { name: 'Link: Everything on screen' })).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save file…' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
});
