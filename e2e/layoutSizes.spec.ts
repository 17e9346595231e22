import { test, expect, type Page } from '@playwright/test';
import { clippedText } from './clippedText';
import { smallText } from './smallText';
import { expectNoAxeViolations } from './axe';
import { openFresh } from './openApp';

// The screens a teacher and a student use, at the sizes they have: a small laptop, a
// projector, a desktop. No text may be cut off without an ellipsis and a title, nothing may
// run off the window, and the screenshots are kept with the results for a person to look at.

const SIZES = [[1024, 640], [1280, 720], [1920, 1080]] as const;

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

type Box = { x: number; y: number; width: number; height: number };
const inside = (a: Box, b: Box) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A chart's row labels (lanes and requests) with where they are drawn and their size; rows scrolled out of the chart are not drawn. */
function rowLabels(page: Page, testId: string) {
  return page.getByTestId(testId).locator('svg text').evaluateAll((texts) => texts
    .filter((t) => /^(event loop|anyio thread \d+|#\d+ [\w.]+)$/.test(t.textContent)) // not the pointer's readout ("#2 waiting for the GIL")
    .map((t) => { const r = t.getBoundingClientRect(); return { text: t.textContent, x: r.x, y: r.y, width: r.width, height: r.height, px: parseFloat(getComputedStyle(t).fontSize) }; }));
}

/** From the lessons list (the side panel open on it). */
async function openLesson(page: Page, name: RegExp) {
  await page.getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(page.getByText(/Hidden until you commit/)).toBeVisible();
  await page.waitForTimeout(150); // a chart draws in the frame after its data
}

/**
 * Every row of a chart (the first unless named) is on screen: each label lies in the chart's
 * box, and the wheel (which scrolls a chart's rows) moves nothing, so none waits below.
 */
async function expectEveryRowShown(page: Page, what: string, testId = 'written-chart') {
  const chart = page.getByTestId(testId);
  const box = (await chart.boundingBox())!;
  const rows = await rowLabels(page, testId);
  expect(rows.filter((r) => !inside(r, box)).map((r) => r.text), `${what}: rows cut by the chart's edge`).toEqual([]);
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.7);
  await page.mouse.wheel(0, 300);
  await page.waitForTimeout(150);
  expect(await rowLabels(page, testId), `${what}: the wheel scrolled rows into view`).toEqual(rows);
  return rows;
}

/** The lesson's question answered (its first option) and the answer revealed. */
async function answerAndReveal(page: Page) {
  await page.getByRole('group', { name: 'Your answer' }).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Lock in my answer' }).click();
  await page.getByRole('button', { name: 'Reveal' }).click();
}

/** A small laptop's window, Step 3 open beside its charts, in chef mode. */
async function openStep3InChefModeAt1024x640(page: Page) {
  await page.setViewportSize({ width: 1024, height: 640 });
  await openFresh(page);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await openLesson(page, /^Step 3 ·/);
  await page.getByRole('button', { name: 'Chef mode' }).click();
  await expect(page.getByRole('region', { name: 'Kitchen key' })).toBeVisible();
}

test('at 1280×720 a lesson shows its point before the reveal: every row of the first chart, controls on one row, no toast over the metrics or a button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFresh(page);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await openLesson(page, /^Step 3 ·/);
  // The toast that says the lesson's scenario loaded: above the metrics, over no button.
  const toast = page.getByRole('status').filter({ hasText: /Lesson scenario/ });
  await expect(toast).toBeVisible();
  const toastBox = (await toast.boundingBox())!;
  expect(overlap(toastBox, (await page.getByRole('region', { name: 'Metrics' }).boundingBox())!)).toBe(false);
  const covered = await page.locator('button:visible, select:visible, input:visible').evaluateAll((els, t) => els
    .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 1 && r.x < t.x + t.width && t.x < r.right && r.y < t.y + t.height && t.y < r.bottom; })
    .map((e) => e.getAttribute('aria-label') ?? e.textContent), toastBox);
  expect(covered, 'controls under the toast').toEqual([]);
  // Step 3's point is its five lookups behind the two PDFs: all seven requests in view.
  const label = (await page.getByRole('application', { name: /^def routes/ }).getAttribute('aria-label'))!;
  const requests = Number(/timeline of (\d+) requests/.exec(label)![1]);
  expect(requests).toBeGreaterThanOrEqual(7);
  const rows = await expectEveryRowShown(page, 'Step 3');
  expect(rows.filter((r) => r.text.startsWith('#')).length).toBe(requests);
  // The chart controls keep one row (a second took 44 px from the charts); the theme stays a named select.
  const controls = page.getByRole('toolbar', { name: 'Chart' });
  expect((await controls.boundingBox())!.height).toBeLessThan(50);
  await expect(controls.getByRole('combobox', { name: 'Theme' })).toBeVisible();
  // The GIL convoy's point is its threads waiting on each other: every lane in view.
  await page.getByRole('button', { name: '‹ All lessons' }).click();
  await openLesson(page, /^Why 10 ms of CPU in def routes/);
  const lanes = await expectEveryRowShown(page, 'GIL convoy');
  expect(lanes.filter((r) => r.text.startsWith('anyio thread')).length).toBeGreaterThanOrEqual(10);
});

test('at 1024×640 in chef mode a lesson shows every request row of its first chart before the reveal, and every lane of the GIL convoy after it at 14 px', async ({ page }) => {
  await openStep3InChefModeAt1024x640(page);
  await page.waitForTimeout(150); // a chart draws in the frame after its data
  // Under the kitchen key, the chart's own three legend lines left it two of its seven tickets.
  const rows = await expectEveryRowShown(page, 'Step 3 in chef mode');
  expect(rows.filter((r) => r.text.startsWith('#')).length).toBe(7);
  await page.getByRole('button', { name: 'Chef mode' }).click();
  // The GIL convoy after the reveal: each chart had 179 px for its rows, its lane names 12-13 px and its last lane below a scroll.
  await page.getByRole('button', { name: '‹ All lessons' }).click();
  await openLesson(page, /^Why 10 ms of CPU in def routes/);
  await answerAndReveal(page);
  await expect(page.getByRole('application', { name: /^def route, database then 10 ms of CPU/ })).toBeVisible();
  await page.waitForTimeout(300); // the reveal's scroll, and a chart draws in the frame after its data
  for (const id of ['written-chart', 'variant-chart']) {
    const lanes = (await expectEveryRowShown(page, `GIL convoy, ${id}`, id)).filter((r) => /^(event loop|anyio thread \d+)$/.test(r.text));
    expect(lanes.map((r) => r.text)).toEqual(['event loop', ...Array.from({ length: 11 }, (_, i) => `anyio thread ${i}`)]);
    expect(lanes.filter((r) => r.px < 14).map((r) => `${r.text}: ${r.px} px`), `${id}: lane names under 14 px`).toEqual([]);
  }
  expect(await clippedText(page)).toEqual([]);
  await expectNoAxeViolations(page);
});

/** A chart's request rows whose labels lie wholly inside the chart's box (rows scrolled out are not drawn). */
async function requestRowsShown(page: Page, testId: string) {
  const chart = page.getByTestId(testId);
  const box = (await chart.boundingBox())!;
  const labels = await chart.locator('svg text').evaluateAll((texts) => texts
    .filter((t) => /^#\d+ [\w.]+$/.test(t.textContent))
    .map((t) => { const r = t.getBoundingClientRect(); return { text: t.textContent, x: r.x, y: r.y, width: r.width, height: r.height }; }));
  return labels.filter((r) => inside(r, box)).map((r) => r.text);
}

test('at 1280×720 a lesson shows its point after the reveal: each chart whole, its loop and every request row, the metrics and one key for both in the lesson panel', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFresh(page);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await openLesson(page, /^Step 3 ·/);
  await answerAndReveal(page);
  await expect(page.getByRole('application', { name: /^async def routes/ })).toBeVisible();
  await page.waitForTimeout(300); // the reveal's scroll, and a chart draws in the frame after its data
  // Whole: every request row of both charts (Step 3 has seven), none below an inner scroll, the
  // rows' text still 14 px or more; the metrics moved beside the lesson to give them the room.
  for (const [id, name] of [['written-chart', /^def routes/], ['variant-chart', /^async def routes/]] as const) {
    const chart = page.getByTestId(id);
    await expect(chart.locator('svg text').filter({ hasText: /^event loop$/ })).toHaveCount(1);
    const label = (await page.getByRole('application', { name }).getAttribute('aria-label'))!;
    const requests = Number(/timeline of (\d+) requests/.exec(label)![1]);
    expect(requests).toBeGreaterThanOrEqual(7);
    expect((await requestRowsShown(page, id)).length, `${id}: request rows in view without scrolling`).toBe(requests);
    expect(Number(await page.getByRole('application', { name }).getAttribute('data-smallest-text-px'))).toBeGreaterThanOrEqual(14);
    const sizes = await chart.locator('svg text').evaluateAll((ts) => ts.filter((t) => t.getBoundingClientRect().width > 0).map((t) => parseFloat(getComputedStyle(t).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
  }
  await expect(page.getByRole('complementary', { name: 'Lessons' }).getByRole('region', { name: 'Metrics' })).toBeInViewport({ ratio: 1 });
  // Both charts' states in one key, in view beside the lesson and over none of its text.
  const key = page.getByRole('region', { name: 'Chart key' });
  await expect(key).toBeInViewport({ ratio: 1 });
  for (const item of ['CPU (holds the GIL)', 'waiting for the GIL', 'awaited I/O (loop free)', 'loop blocked']) await expect(key.getByText(item, { exact: true })).toBeVisible();
  const takeaway = (await page.getByText(/^Takeaway\. \S/).boundingBox())!;
  expect(overlap(takeaway, (await key.boundingBox())!), 'the key over the takeaway').toBe(false);
  // Folding the lesson panel brings each chart's own legend back.
  await page.getByRole('toolbar', { name: 'Chart' }).getByRole('button', { name: /^(Panel|Fold the side panel)/ }).click();
  await expect(key).toHaveCount(0);
  await expect(page.getByTestId('written-chart').locator('svg text').filter({ hasText: /^CPU \(holds the GIL\)$/ })).toHaveCount(1);
});

/** Each control of the chart row (buttons, radios, checkbox, select) that a person sees: its name and where it is drawn. */
function chartControlBoxes(page: Page) {
  return page.getByRole('toolbar', { name: 'Chart' }).locator('button, select, label').evaluateAll((els) => els
    .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 1 && r.height > 1 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[role="menu"]'); })
    .map((e) => { const r = e.getBoundingClientRect(); return { name: e.getAttribute('aria-label') ?? e.getAttribute('title') ?? (e.textContent ?? '').trim(), top: r.top, bottom: r.bottom }; }));
}

for (const [width, height] of [[1024, 640], [1100, 700], [1280, 720]] as const) {
  test(`beside a lesson at ${width}×${height} the chart controls keep one row, every one named and reachable`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openFresh(page);
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await openLesson(page, /^Step 1 ·/);
    // A second row took 44 px from both charts on a projector: every control's middle on one line.
    const boxes = await chartControlBoxes(page);
    expect(boxes.length).toBeGreaterThanOrEqual(6);
    const middles = boxes.map((b) => (b.top + b.bottom) / 2);
    const spread = Math.max(...middles) - Math.min(...middles);
    expect(spread, `controls off the first row: ${JSON.stringify(boxes.filter((b) => (b.top + b.bottom) / 2 > Math.min(...middles) + 4).map((b) => b.name))}`).toBeLessThanOrEqual(4);
    expect((await page.getByRole('toolbar', { name: 'Chart' }).boundingBox())!.height).toBeLessThan(50);
    // Nothing in the row is cut off.
    expect(await clippedText(page)).toEqual([]);
    const controls = page.getByRole('toolbar', { name: 'Chart' });
    const view = controls.getByRole('button', { name: 'View', exact: true });
    await expect(controls.getByRole('button', { name: 'Chef mode' })).toBeVisible();
    if (width >= 1280) {
      // The row has the room: each option in it, no menu.
      await expect(controls.getByRole('checkbox', { name: 'Show server work' })).toBeVisible();
      await expect(controls.getByRole('combobox', { name: 'Theme' })).toBeVisible();
      await expect(view).toHaveCount(0);
      return;
    }
    // A shorter row keeps server work and the theme in its View menu, by keyboard as by pointer.
    await expect(controls.getByRole('checkbox', { name: 'Show server work' })).toHaveCount(0);
    await expect(controls.getByRole('combobox', { name: 'Theme' })).toHaveCount(0);
    await view.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'View' });
    const serverWork = menu.getByRole('menuitemcheckbox', { name: 'Show server work' });
    await expect(serverWork).toBeFocused();
    await expect(serverWork).toHaveAttribute('aria-checked', 'true');
    expect(await clippedText(page), 'the open menu').toEqual([]);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(menu).toHaveCount(0);
    await expect(view).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(serverWork).toHaveAttribute('aria-checked', 'false');
    const dark = menu.getByRole('group', { name: 'Theme' }).getByRole('menuitemradio', { name: 'Dark theme' });
    await expect(dark).toHaveAttribute('aria-checked', 'false');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(dark).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(view).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(dark).toHaveAttribute('aria-checked', 'true');
    await expect(menu.getByRole('menuitemradio', { name: 'Light theme' })).toHaveAttribute('aria-checked', 'false');
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(view).toBeFocused();
  });
}

test('at 1024×640 in chef mode beside a lesson the kitchen key keeps one line an item, and the metrics are in view before and after the reveal', async ({ page }) => {
  await openStep3InChefModeAt1024x640(page);
  const key = page.getByRole('region', { name: 'Kitchen key' });
  // Items wrapped to two lines each (130 px of key), and the metrics' second line went below the fold.
  expect((await key.boundingBox())!.height).toBeLessThan(90);
  const cut = await key.getByRole('listitem').evaluateAll((items) => items
    .filter((li) => [...li.querySelectorAll('*')].some((e) => e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1)).map((li) => li.getAttribute('title'))); // not the visually hidden detail
  expect(cut, 'kitchen key items cut short').toEqual([]);
  const metrics = page.getByRole('region', { name: 'Metrics' });
  await expect(metrics).toBeInViewport({ ratio: 1 });
  await expect(metrics.getByText(/^Chef stuck/).first()).toBeInViewport({ ratio: 1 }); // the folded line's second figure
  await answerAndReveal(page);
  await expect(page.getByRole('complementary', { name: 'Lessons' }).getByRole('region', { name: 'Metrics' })).toBeInViewport({ ratio: 1 });
});

/**
 * Records what each chart canvas last drew as text (bar labels, the blocked band's words): its
 * size, and the box it was drawn in against the solid pill painted under it. Read with canvasTexts.
 */
async function recordCanvasText(page: Page) {
  await page.addInitScript(() => {
    type Drawn = { text: string; px: number; x: number; y: number; width: number; pill: { x: number; y: number; w: number; h: number } | null };
    const frames = new WeakMap<HTMLCanvasElement, Drawn[]>();
    const pills = new WeakMap<HTMLCanvasElement, Drawn['pill']>();
    (window as unknown as { canvasTexts: (c: Element) => Drawn[] }).canvasTexts = (c) => frames.get(c as HTMLCanvasElement) ?? [];
    const proto = CanvasRenderingContext2D.prototype;
    const clearRect = Object.getOwnPropertyDescriptor(proto, 'clearRect')!.value as (this: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) => void;
    const fillRect = Object.getOwnPropertyDescriptor(proto, 'fillRect')!.value as typeof clearRect;
    const fillText = Object.getOwnPropertyDescriptor(proto, 'fillText')!.value as (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) => void;
    const canvasOf = (ctx: CanvasRenderingContext2D) => ctx.canvas;
    proto.clearRect = function (x, y, w, h) {
      if (x === 0 && y === 0) frames.set(canvasOf(this), []); // a new frame
      clearRect.call(this, x, y, w, h);
    };
    proto.fillRect = function (x, y, w, h) {
      pills.set(canvasOf(this), { x, y, w, h });
      fillRect.call(this, x, y, w, h);
    };
    proto.fillText = function (text, x, y, maxWidth) {
      const px = parseFloat(/([\d.]+)px/.exec(this.font)![1]!);
      frames.get(canvasOf(this))?.push({ text, px, x, y, width: this.measureText(text).width, pill: pills.get(canvasOf(this)) ?? null });
      if (maxWidth === undefined) fillText.call(this, text, x, y);
      else fillText.call(this, text, x, y, maxWidth);
    };
  });
}

/** Every text the page's charts show: lane names and headings (SVG) and what their canvases last drew. */
async function chartTexts(page: Page) {
  await page.waitForTimeout(300); // a chart draws in the frame after its data
  const svg = await page.locator('[data-testid$="-chart"] svg text').evaluateAll((ts) => ts
    .filter((t) => t.getBoundingClientRect().width > 0 && (t.textContent ?? '').trim())
    .map((t) => ({ text: t.textContent ?? '', px: parseFloat(getComputedStyle(t).fontSize) })));
  const canvas = await page.locator('[data-testid$="-chart"] canvas').evaluateAll((cs) => cs
    .filter((c) => c.getBoundingClientRect().width > 0)
    .flatMap((c) => (window as unknown as { canvasTexts: (c: Element) => { text: string; px: number; x: number; y: number; width: number; pill: { x: number; y: number; w: number; h: number } | null }[] }).canvasTexts(c)));
  return { svg, canvas };
}

test('at 1024×640 every text a lesson\'s charts draw is 14 px or more, the words on bars and on the blocked band inside their pill, in chef mode too', async ({ page }) => {
  test.setTimeout(90_000);
  await recordCanvasText(page);
  await page.setViewportSize({ width: 1024, height: 640 });
  await openFresh(page);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const small: string[] = [];
  const spilled: string[] = [];
  const bandWords = { loop: 0, chef: 0 };
  const check = async (what: string) => {
    const { svg, canvas } = await chartTexts(page);
    bandWords.loop += canvas.filter((t) => t.text.startsWith('loop blocked')).length;
    bandWords.chef += canvas.filter((t) => t.text.startsWith('chef stuck')).length;
    for (const t of [...svg, ...canvas]) if (t.px < 14) small.push(`${what}: "${t.text}" ${t.px.toFixed(2)} px`);
    for (const t of canvas) {
      // Drawn from x, centred on y, over the pill painted just before it (2 px inside its bar, so its em box may reach 2 px past the pill).
      const p = t.pill;
      const fits = p !== null && t.x >= p.x && t.x + t.width <= p.x + p.w + 0.5 && t.y - t.px / 2 >= p.y - 2 && t.y + t.px / 2 <= p.y + p.h + 2;
      if (!fits) spilled.push(`${what}: "${t.text}" at ${t.x.toFixed(1)},${t.y.toFixed(1)} ${t.width.toFixed(1)} wide over ${JSON.stringify(p)}`);
    }
  };
  // The lessons whose charts had the least room there: their lanes were 13.3 px and the blocked band's words 12.4 px.
  for (const [lesson, reveal] of [[/^Pitfall 1 ·/, false], [/^Myth 2 ·/, true], [/^Step 2 ·/, true], [/^Why 10 ms of CPU/, true]] as const) {
    await page.getByRole('button', { name: lesson }).click();
    await expect(page.getByRole('heading', { level: 2, name: lesson })).toBeVisible();
    if (reveal) await answerAndReveal(page);
    await check(`${lesson.source.slice(1)}${reveal ? ', revealed' : ''}`);
    await page.getByRole('button', { name: 'Chef mode' }).click();
    await check(`${lesson.source.slice(1)}${reveal ? ', revealed' : ''}, chef mode`);
    await page.getByRole('button', { name: 'Chef mode' }).click();
    await page.getByRole('button', { name: '‹ All lessons' }).click();
  }
  expect(small, 'chart text under 14 px').toEqual([]);
  expect(spilled, 'canvas text outside its pill').toEqual([]);
  expect(bandWords.loop, 'the blocked band\'s words were drawn').toBeGreaterThan(0);
  expect(bandWords.chef, 'the blocked band\'s words were drawn in chef mode').toBeGreaterThan(0);
  expect(await clippedText(page)).toEqual([]);
});

test('at 1024×640 (a projector, or 1280×720 at 125 % zoom) the editor sits beside the charts and both charts are in the window', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 640 });
  await openFresh(page);
  await expect(page.getByRole('complementary', { name: 'Edit the scenario' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add CPU burst' })).toBeInViewport();
  // The comparison is the page's point: both charts show without scrolling, not one above the fold.
  await expect(page.getByRole('application', { name: /^As written/ })).toBeInViewport({ ratio: 0.9 });
  await expect(page.getByRole('application', { name: /^Flipped/ })).toBeInViewport({ ratio: 0.9 });
});

test('at 1024×640 in chef mode beside the editor, the step buttons are in view without scrolling, the kitchen key folded under them and opening to its six items', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 640 });
  await openFresh(page);
  // An async def route: every step button enabled.
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('blocking-in-async');
  await page.getByRole('button', { name: 'Chef mode' }).click();
  const editor = page.getByRole('complementary', { name: 'Edit the scenario' });
  const key = page.getByRole('region', { name: 'Kitchen key' });
  await expect(key).toBeInViewport({ ratio: 1 });
  // Open, one item a line, the key took 160 px of the editor's foot, over Add CPU burst and Add blocking I/O.
  const steps = ['Add I/O wait', 'Add CPU burst', 'Add blocking I/O'].map((name) => editor.getByRole('button', { name, exact: true }));
  const keyTop = (await key.boundingBox())!.y;
  for (const step of steps) {
    await expect(step).toBeInViewport({ ratio: 1 });
    const box = (await step.boundingBox())!;
    expect(box.y + box.height, 'a step button under the key').toBeLessThanOrEqual(keyTop);
  }
  // Folded, it still says what it is, and opens to every item in words (by keyboard as by pointer).
  const toggle = key.getByRole('button', { name: 'Kitchen key' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(key.getByRole('listitem')).toHaveCount(0);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(key.getByRole('listitem')).toHaveCount(6);
  await expect(key).toContainText('Chef = event loop');
  await expect(key).toBeInViewport({ ratio: 1 });
  expect(await smallText(page)).toEqual([]);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(key.getByRole('listitem')).toHaveCount(0);
});

test('at 1280×720 zoomed to 150 % (853×480) the charts come first: the editor, which would go above them, starts folded and opens from Panel', async ({ page }) => {
  await page.setViewportSize({ width: 853, height: 480 });
  await openFresh(page);
  const toggle = page.getByRole('toolbar', { name: 'Chart' }).getByRole('button', { name: /^(Panel|Show the side panel)/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('complementary', { name: 'Edit the scenario' })).toHaveCount(0);
  await expect(page.getByRole('application', { name: /^As written/ })).toBeInViewport({ ratio: 0.9 });
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Add CPU burst' })).toBeVisible();
});

for (const [width, height] of SIZES) {
  test(`at ${width}×${height} the metrics line is in the window without scrolling, beside the editor or folded, in the requests view and chef mode too`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openFresh(page);
    const metrics = page.getByRole('region', { name: 'Metrics' });
    // A teacher on a small projector reads the verdict under the charts without scrolling the column (it sat 12 px under the window at 1024×640).
    await expect(metrics).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('application', { name: /^As written/ })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('application', { name: /^Flipped/ })).toBeInViewport({ ratio: 1 });
    // Where the row has no room for the comparison's explanation, the picker still says it.
    await expect(page.getByRole('combobox', { name: 'Compare with' })).toHaveAccessibleDescription(/^Each def route becomes async def/);
    await page.getByRole('radio', { name: 'Requests' }).check();
    await expect(metrics).toBeInViewport({ ratio: 1 });
    expect(await clippedText(page)).toEqual([]);
    // Chef mode adds its kitchen key: at 1024×640 it put the metrics line under the window. Key and metrics both in view, in both views.
    await page.getByRole('button', { name: 'Chef mode' }).click();
    const key = page.getByRole('region', { name: 'Kitchen key' });
    // At the editor's foot (a short window) the key starts folded: opened, it is in view too.
    const unfold = key.getByRole('button', { name: 'Kitchen key', expanded: false });
    if (await unfold.count()) await unfold.click();
    for (const view of ['Requests', 'Resources']) {
      await page.getByRole('radio', { name: view }).check();
      await expect(metrics).toBeInViewport({ ratio: 1 });
      await expect(key).toBeInViewport({ ratio: 1 });
      await expect(key.getByRole('listitem')).toHaveCount(6);
      await expect(page.getByRole('application', { name: /^As written/ })).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('application', { name: /^Flipped/ })).toBeInViewport({ ratio: 1 });
    }
    expect(await clippedText(page)).toEqual([]);
    // With the side panel folded (wider charts) there is no editor beside them.
    await page.getByRole('toolbar', { name: 'Chart' }).getByRole('button', { name: /^(Panel|Fold the side panel)/ }).click();
    await expect(metrics).toBeInViewport({ ratio: 1 });
    await expect(key).toBeInViewport({ ratio: 1 });
    expect(Number(await page.getByRole('application', { name: /^As written/ }).getAttribute('data-smallest-text-px'))).toBeGreaterThanOrEqual(14);
  });
}

for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
  test(`at ${width}×${height} a route's kind reads on one line: “get_order” is ◉ def ○ async def`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openFresh(page);
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await openLesson(page, /^Step 1 ·/);
    await answerAndReveal(page);
    await page.getByRole('button', { name: /^Edit “/ }).first().click();
    // It broke over two lines each: '“get_order”' above 'is', 'async' above 'def', each radio above its word.
    const kind = page.getByRole('group', { name: '“get_order” is' });
    const parts = [kind.getByText('“get_order” is'), kind.getByRole('radio', { name: 'def', exact: true }), kind.getByText('def', { exact: true }),
      kind.getByRole('radio', { name: 'async def' }), kind.getByText('async def')];
    const middles = await Promise.all(parts.map(async (part) => { const box = (await part.boundingBox())!; return box.y + box.height / 2; }));
    expect(Math.max(...middles) - Math.min(...middles), 'the parts\' middles apart').toBeLessThan(6);
  });
}

for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
  test(`at ${width}×${height} no text a student reads is under 14 px: the editor with its steps and key hints, a lesson with its code, the lesson's scenario edited`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openFresh(page);
    const small: string[] = [];
    const check = async (what: string) => small.push(...(await smallText(page)).map((s) => `${what}: ${s}`));
    await page.getByRole('button', { name: 'Add CPU burst' }).click();
    await check('editor');
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await check('lessons');
    await openLesson(page, /^Step 1 ·/);
    await check('Step 1');
    await answerAndReveal(page);
    await page.getByRole('button', { name: /^Edit “/ }).first().click();
    await page.getByRole('button', { name: 'Add CPU burst' }).click();
    await check("Step 1's scenario edited");
    // The steps' code lines were 13.6 px, the key hints on the edit buttons 13.3 px, code in a lesson's text 13.8 px.
    expect(small).toEqual([]);
  });
}
