import { test, expect, type Page } from '@playwright/test';
import { openFresh } from './openApp';

// Chef mode and presentation, as a teacher drives them: buttons, keys and a clicker.

test('chef mode retells the timeline as a kitchen; H toggles it anywhere, C only ever adds a CPU burst', async ({ page }) => {
  await openFresh(page);
  const chef = page.getByRole('button', { name: 'Chef mode' });
  await chef.click();
  await expect(chef).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Kitchen key' })).toContainText('Chef = event loop');
  await expect(page.getByRole('row', { name: /^Ticket time p50/ })).toHaveCount(1);

  await page.getByRole('application', { name: /^As written/ }).focus();
  await page.keyboard.press('h');
  await expect(chef).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('row', { name: /^Latency p50/ })).toHaveCount(1);
  // C on a chart is not chef mode (one key, one meaning).
  await page.keyboard.press('c');
  await expect(chef).toHaveAttribute('aria-pressed', 'false');

  // In the editor C is "Add CPU burst" (the route must be async def for any step); H still toggles chef mode.
  await page.getByRole('radio', { name: 'async def', exact: true }).check();
  await page.getByRole('list', { name: /^Steps of/ }).getByRole('button').first().click();
  await page.keyboard.press('c');
  await expect(page.getByRole('status')).toHaveText(/Add CPU burst: done/);
  await expect(chef).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('h');
  await expect(chef).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('h');

  // Chef mode is remembered.
  await chef.click();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Chef mode' })).toHaveAttribute('aria-pressed', 'true');
});

test('presentation: F enters, Space plays, arrows and Page keys step through events, Esc leaves', async ({ page }) => {
  await openFresh(page);
  await page.keyboard.press('f');
  const scrubber = page.getByRole('slider', { name: 'Playback time' });
  await expect(scrubber).toBeVisible();
  await expect(page.getByRole('button', { name: 'Present' })).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await expect(scrubber).toHaveValue('0');
  await page.keyboard.press('ArrowRight');
  const first = Number(await scrubber.inputValue());
  expect(first).toBeGreaterThan(0);
  await page.keyboard.press('PageDown');
  expect(Number(await scrubber.inputValue())).toBeGreaterThan(first);
  await page.keyboard.press('PageUp');
  await expect(scrubber).toHaveValue(String(first));
  // Both charts follow the playhead by themselves (no React render): each is drawn up to it.
  for (const id of ['written', 'variant']) {
    await expect(page.getByTestId(`${id}-chart`).locator('[data-drawn-until-ms]')).toHaveAttribute('data-drawn-until-ms', String(first));
  }

  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(async () => Number(await scrubber.inputValue())).toBeGreaterThan(first + 10);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
  await expect(page.getByTestId('written-chart').locator('[data-drawn-until-ms]')).toHaveAttribute('data-drawn-until-ms', '');
});

test('presenting with a chart clicked (so focused), the clicker\'s Page keys and Space still drive the playback, ↓ still says what a row is, and Esc still leaves', async ({ page }) => {
  await openFresh(page);
  await page.keyboard.press('f');
  const scrubber = page.getByRole('slider', { name: 'Playback time' });
  await expect(scrubber).toBeVisible();
  const chart = page.getByRole('application', { name: /^As written/ });
  await chart.focus();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  const stepped = Number(await scrubber.inputValue());
  expect(stepped).toBeGreaterThan(0);
  await page.keyboard.press('ArrowDown');
  await expect(chart.getByRole('tooltip')).toContainText('runs every async def route');
  await expect(scrubber).toHaveValue(String(stepped));
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  // Esc first puts away the chart's cursor, then leaves the presentation (it stayed, the chart taking every Esc).
  await page.keyboard.press('Escape');
  await expect(chart.getByRole('tooltip')).toBeHidden();
  await expect(scrubber).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
});

test('presentation at 1920×1080 has no text under 24 px, charts included', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openFresh(page);
  await page.getByRole('button', { name: 'Chef mode' }).click();
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('slider', { name: 'Playback time' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const smallest = await page.evaluate(() => {
    const sizes: { px: number; text: string }[] = [];
    const zoomOf = (el: Element) => (el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (!own) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || el.closest('.visually-hidden, [role="tooltip"]')) continue;
      sizes.push({ px: parseFloat(style.fontSize) * zoomOf(el), text: el.textContent.trim().slice(0, 30) });
    }
    sizes.sort((a, b) => a.px - b.px);
    return sizes[0];
  });
  expect(smallest!.px, `smallest text: "${smallest!.text}"`).toBeGreaterThanOrEqual(24);
  // Bar labels and the like are painted on a canvas, out of the DOM's reach: each chart says
  // how small its canvas text gets (its text scale times its smallest font).
  const charts = page.getByRole('application', { name: /timeline of/ });
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    expect(Number(await chart.getAttribute('data-smallest-text-px'))).toBeGreaterThanOrEqual(24);
  }
});

test('presentation on a 1280×720 projector fits the window: one row of controls, both charts and the metrics', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFresh(page);
  await page.getByRole('button', { name: 'Chef mode' }).click();
  await page.getByRole('button', { name: 'Present' }).click();
  const bar = page.getByRole('slider', { name: 'Playback time' });
  await expect(bar).toBeVisible();
  // At 26 px type (the 1080-line size) the bar took two rows, its time readout ran under a
  // button, and the metrics fell out of the window.
  const exit = (await page.getByRole('button', { name: /^Exit/ }).boundingBox())!;
  const chef = (await page.getByRole('button', { name: 'Chef mode' }).boundingBox())!;
  expect(Math.abs(chef.y - exit.y)).toBeLessThan(4);
  const metrics = (await page.getByRole('region', { name: 'Metrics' }).boundingBox())!;
  expect(metrics.y + metrics.height).toBeLessThan(721);
  for (const chart of await page.getByRole('application', { name: /timeline of/ }).all()) {
    const box = (await chart.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(721);
  }
});

for (const [width, height] of [[1024, 640], [1280, 720], [1920, 1080]] as const) {
  test(`the presentation bar keeps one row at ${width}×${height}, Share included, with a scrubber wide enough to drag`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openFresh(page);
    await page.getByRole('button', { name: 'Present' }).click();
    const scrubber = page.getByRole('slider', { name: 'Playback time' });
    await expect(scrubber).toBeVisible();
    // Share (a QR code for the class) went to a second row at every size, under Exit.
    const exit = (await page.getByRole('button', { name: /^Exit/ }).boundingBox())!;
    const share = (await page.getByRole('banner').getByRole('button', { name: 'Share' }).boundingBox())!;
    expect(Math.abs(share.y - exit.y)).toBeLessThan(4);
    expect(share.x + share.width).toBeLessThanOrEqual(width);
    expect((await scrubber.boundingBox())!.width).toBeGreaterThanOrEqual(50);
    // The words that gave way are still the buttons' names.
    await expect(page.getByRole('button', { name: 'Chef mode' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Speed' })).toBeVisible();
  });
}

test('chef mode at 1280×720 keeps the metrics in the window: the kitchen key takes two short rows', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFresh(page);
  // One toolbar row (its commands in the File and Export menus): a second row pushed the metrics out.
  expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThan(60);
  await page.getByRole('button', { name: 'Chef mode' }).click();
  const key = page.getByRole('region', { name: 'Kitchen key' });
  await expect(key).toBeVisible();
  // Items wrapped to two lines each: 105 px of key pushed the metrics out of the window.
  expect((await key.boundingBox())!.height).toBeLessThan(75);
  const metrics = (await page.getByRole('region', { name: 'Metrics' }).boundingBox())!;
  expect(metrics.y + metrics.height).toBeLessThan(721); // flush with the window's edge is in
});

for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
  test(`presenting a lesson in chef mode at ${width}×${height}, each chart shows every ticket without scrolling, and the kitchen key is in view, every item whole once opened`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openFresh(page);
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await page.getByRole('button', { name: /^Pitfall 1 ·/ }).click();
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByRole('button', { name: 'Chef mode' }).click();
    // At the lesson panel's foot, folded to one line; open, every item whole.
    const key = page.getByRole('complementary', { name: 'Lessons' }).getByRole('region', { name: 'Kitchen key' });
    await expect(key).toBeInViewport({ ratio: 1 });
    await expect(key.getByRole('listitem')).toHaveCount(0);
    await key.getByRole('button', { name: 'Kitchen key', expanded: false }).click();
    await expect(key.getByRole('listitem')).toHaveCount(6);
    await expect(key).toBeInViewport({ ratio: 1 });
    const cut = await key.getByRole('listitem').evaluateAll((items) => items
      .filter((li) => [...li.querySelectorAll('*')].some((e) => e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1)).map((li) => li.getAttribute('title')));
    expect(cut, 'kitchen key items cut short').toEqual([]);
    // Above the charts the key's two rows, and the window-wide status bar under them, left each
    // chart nine of Pitfall 1's ten tickets: the tenth was below an inner scroll.
    await page.waitForTimeout(300); // a chart draws in the frame after its data
    const charts = page.getByRole('application', { name: /timeline of/ });
    await expect(charts).toHaveCount(2);
    for (const chart of await charts.all()) {
      const name = (await chart.getAttribute('aria-label'))!;
      const requests = Number(/timeline of (\d+) requests/.exec(name)![1]);
      expect(requests).toBe(10);
      const box = (await chart.boundingBox())!;
      const tickets = () => chart.locator('svg text').evaluateAll((texts) => texts
        .filter((t) => /^#\d+ \w+$/.test(t.textContent))
        .map((t) => { const r = t.getBoundingClientRect(); return { text: t.textContent, top: r.top, bottom: r.bottom }; }));
      const rows = await tickets();
      expect(rows.filter((r) => r.top >= box.y && r.bottom <= box.y + box.height).map((r) => r.text), `${name.slice(0, 40)}: tickets in view`)
        .toEqual(Array.from({ length: requests }, (_, i) => `#${i} get_order`));
      // No inner scroll: the wheel over the chart moves no row.
      await chart.hover();
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(100);
      expect(await tickets(), `${name.slice(0, 40)}: the wheel scrolled its rows`).toEqual(rows);
    }
  });
}

for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
  test(`presenting a lesson at ${width}×${height}, its navigation reads one line a button`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openFresh(page);
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await page.getByRole('button', { name: /^Pitfall 1 ·/ }).click();
    await page.getByRole('button', { name: 'Present' }).click();
    // They broke in two: '‹ All' over 'lessons', 'Links for this' over 'lesson'.
    for (const name of ['‹ All lessons', 'Links for this lesson']) {
      const lines = await page.getByRole('button', { name, exact: true }).evaluate((b) => { const r = document.createRange(); r.selectNodeContents(b); return new Set([...r.getClientRects()].map((c) => Math.round(c.top))).size; });
      expect(lines, `lines of "${name}"`).toBe(1);
    }
  });
}

/** Opens a lesson at this window size, presents it, answers with the first option and reveals. */
async function presentAndReveal(page: Page, width: number, height: number, lesson: RegExp): Promise<void> {
  await page.setViewportSize({ width, height });
  await openFresh(page);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await page.getByRole('button', { name: lesson }).click();
  await expect(page.getByRole('heading', { level: 2, name: lesson })).toBeVisible();
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('slider', { name: 'Playback time' })).toBeVisible();
  await page.getByRole('group', { name: 'Your answer' }).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Lock in my answer' }).click();
  await page.getByRole('button', { name: 'Reveal' }).click();
}

// After Reveal the class must see the whole answer: every row of both charts in the chart's
// box (none below an inner scroll), the text still large enough for the back row. Step 3 has
// a row per request; the GIL convoy twelve lanes a chart (its loop and eleven threads).
const PRESENTED_LESSONS = [['Step 3', /^Step 3 ·/], ['the GIL convoy guide', /^Why 10 ms of CPU in def routes/]] as const;
// At 1024×640 the text is 14 px or more (the scale follows the window's height: 24 px at 1080 lines).
for (const [width, height, smallest] of [[1024, 640, 14], [1280, 720, 16], [1920, 1080, 24]] as const) for (const [title, lesson] of PRESENTED_LESSONS) {
  test(`presenting at ${width}×${height}, Reveal shows both charts of ${title} whole, every row, text ${smallest} px or more`, async ({ page }, info) => {
    await presentAndReveal(page, width, height, lesson);
    const charts = page.getByRole('application', { name: /timeline of/ });
    await expect(charts).toHaveCount(2);
    await page.waitForTimeout(300); // the reveal's scroll, and a chart draws in the frame after its data
    for (const chart of await charts.all()) {
      const name = (await chart.getAttribute('aria-label'))!;
      const requests = Number(/timeline of (\d+) requests/.exec(name)![1]);
      const byRequest = name.includes('where each request spent its time');
      const box = (await chart.boundingBox())!;
      const rows = await chart.locator('svg text').evaluateAll((texts) => texts
        .filter((t) => /^(event loop|anyio thread \d+|#\d+ [\w.]+)$/.test(t.textContent))
        .map((t) => { const r = t.getBoundingClientRect(); return { text: t.textContent, x: r.x, y: r.y, width: r.width, height: r.height }; }));
      const shown = rows.filter((r) => r.x >= box.x && r.y >= box.y && r.x + r.width <= box.x + box.width && r.y + r.height <= box.y + box.height);
      expect(shown.map((r) => r.text), `${name.slice(0, 40)}: rows cut by the chart's edge`).toEqual(rows.map((r) => r.text));
      // The requests view has a row per request; the lanes view the loop and its threads (the GIL convoy's eleven).
      if (byRequest) expect(shown.filter((r) => r.text.startsWith('#')).length, `${name.slice(0, 40)}: request rows in view`).toBe(requests);
      else {
        expect(shown.filter((r) => r.text === 'event loop')).toHaveLength(1);
        expect(shown.filter((r) => r.text.startsWith('anyio thread')).length).toBeGreaterThanOrEqual(10);
      }
      // No inner scroll: the wheel over the chart moves no row.
      await chart.hover();
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(100);
      const after = await chart.locator('svg text').evaluateAll((texts) => texts
        .filter((t) => /^(event loop|anyio thread \d+|#\d+ [\w.]+)$/.test(t.textContent)).map((t) => t.getBoundingClientRect().y));
      expect(after, `${name.slice(0, 40)}: the wheel scrolled its rows`).toEqual(rows.map((r) => r.y));
      expect(Number(await chart.getAttribute('data-smallest-text-px'))).toBeGreaterThanOrEqual(smallest);
      const sizes = await chart.locator('svg text').evaluateAll((ts) => ts.filter((t) => t.getBoundingClientRect().width > 0).map((t) => parseFloat(getComputedStyle(t).fontSize)));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(smallest);
    }
    await page.screenshot({ path: info.outputPath(`presented-reveal-${title.replace(/\W+/g, '-')}-${width}x${height}.png`) });
  });
}

// After Reveal the class reads the answer from the lesson panel: the verdict, the why and the
// takeaway in view together, above the panel's foot (the metrics and the charts' key), with no
// one scrolling. The takeaway used to sit under the key, the teacher scrolling for it (and at
// 1024×640, Step 3's takeaway under the metrics).
for (const [width, height] of [[1024, 640], [1280, 720], [1920, 1080]] as const) for (const [title, lesson] of PRESENTED_LESSONS) {
  test(`presenting at ${width}×${height}, Reveal shows ${title}'s verdict, why and takeaway together above the metrics and the key`, async ({ page }) => {
    await presentAndReveal(page, width, height, lesson);
    const panel = page.getByRole('complementary', { name: 'Lessons' });
    const answer = panel.getByRole('status'); // the verdict and the why
    await expect(answer).toContainText(/^(Right|Not quite)\./);
    const takeaway = panel.getByText(/^Takeaway\. \S/); // the whole paragraph, not its first word's <strong> alone
    const metrics = panel.getByRole('region', { name: 'Metrics' });
    await expect(panel.getByRole('region', { name: 'Chart key' })).toBeInViewport({ ratio: 1 });
    // The panel scrolls itself to the answer (smoothly): wait for it to settle, then measure.
    const where = async () => {
      const [p, a, t, m] = await Promise.all([panel, answer, takeaway, metrics].map(async (l) => (await l.boundingBox())!));
      return { answerTop: a!.y - p!.y, takeawayBottom: t!.y + t!.height, footTop: m!.y };
    };
    await expect.poll(async () => { const w = await where(); return w.answerTop >= 0 && w.takeawayBottom <= w.footTop; }, { timeout: 3_000 }).toBe(true);
  });
}

// The kitchen key at a presented lesson's foot starts folded: open, its four lines put Step 3's
// takeaway under the foot at 1280×720.
test('presenting at 1280×720 in chef mode, Reveal shows Step 3\'s verdict, why and takeaway together above the foot and its kitchen key', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFresh(page);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await page.getByRole('button', { name: /^Step 3 ·/ }).click();
  await page.getByRole('button', { name: 'Chef mode' }).click();
  await page.getByRole('button', { name: 'Present' }).click();
  await page.getByRole('group', { name: 'Your answer' }).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Lock in my answer' }).click();
  await page.getByRole('button', { name: 'Reveal' }).click();
  const panel = page.getByRole('complementary', { name: 'Lessons' });
  await expect(panel.getByRole('region', { name: 'Kitchen key' })).toBeInViewport({ ratio: 1 });
  const answer = panel.getByRole('status');
  const takeaway = panel.getByText(/^Takeaway\. \S/);
  const foot = panel.getByRole('region', { name: 'Metrics' });
  const where = async () => {
    const [p, a, t, m] = await Promise.all([panel, answer, takeaway, foot].map(async (l) => (await l.boundingBox())!));
    return { answerTop: a!.y - p!.y, takeawayBottom: t!.y + t!.height, footTop: m!.y };
  };
  await expect.poll(async () => { const w = await where(); return w.answerTop >= 0 && w.takeawayBottom <= w.footTop; }, { timeout: 3_000 }).toBe(true);
});
