import { test, expect, type Page } from '@playwright/test';
import { openFresh } from './openApp';

// Two runs of very different length: each chart gets its own time axis, said on the chart,
// and the learner can put them back on one.

/** The time labels on a chart's axis, left to right. */
const axisLabels = (page: Page, chart: 'written' | 'variant') =>
  page.getByTestId(`${chart}-chart`).locator('svg text').evaluateAll((nodes) =>
    nodes.map((n) => n.textContent ?? '').filter((t) => /^[\d,.]+ ms$/.test(t)));
const ms = (label: string) => Number(label.replace(/[, ms]/g, ''));

test('a run under a tenth of the other gets its own time axis by default, labelled, with a way back to one shared axis', async ({ page }) => {
  await openFresh(page);
  // Thread-pool exhaustion: def ends at 1 s, its async def flip (blocking the loop) at 30 s.
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'Thread-pool exhaustion' });
  const separate = page.getByRole('button', { name: 'Separate time axes' });
  await expect(separate).toHaveAttribute('aria-pressed', 'true');
  for (const name of [/^As written/, /^Flipped/]) await expect(page.getByRole('application', { name })).toHaveAccessibleName(/Own time axis\./);
  await expect.poll(async () => ms((await axisLabels(page, 'written')).at(-1)!)).toBeLessThanOrEqual(1_000);
  await expect.poll(async () => ms((await axisLabels(page, 'variant')).at(-1)!)).toBeGreaterThanOrEqual(20_000);

  await separate.click();
  await expect(separate).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('application', { name: /^As written/ })).not.toHaveAccessibleName(/Own time axis/);
  await expect.poll(() => axisLabels(page, 'written')).toEqual(await axisLabels(page, 'variant'));
  expect(ms((await axisLabels(page, 'written')).at(-1)!)).toBeGreaterThanOrEqual(20_000);

  // Zoom acts on both axes while they are separate: each shows less than it did.
  await separate.click();
  await expect.poll(async () => ms((await axisLabels(page, 'written')).at(-1)!)).toBeLessThanOrEqual(1_000);
  const before = { w: await axisLabels(page, 'written'), v: await axisLabels(page, 'variant') };
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => axisLabels(page, 'written')).not.toEqual(before.w);
  await expect.poll(() => axisLabels(page, 'variant')).not.toEqual(before.v);
});

test('two runs of similar length share one axis, labelled at round, evenly spaced times', async ({ page }) => {
  await openFresh(page);
  await expect(page.getByRole('button', { name: 'Separate time axes' })).toHaveAttribute('aria-pressed', 'false');
  const labels = (await axisLabels(page, 'written')).map(ms);
  expect(labels.length).toBeGreaterThanOrEqual(3);
  const step = labels[1]! - labels[0]!;
  expect(labels.every((v, i) => i === 0 || v - labels[i - 1]! === step)).toBe(true);
  expect([1, 2, 2.5, 5]).toContain(Math.round((step / 10 ** Math.floor(Math.log10(step))) * 1e6) / 1e6);
});

test('at 1024×640 a 30 s run\'s own axis counts seconds, the unit said once, its labels 14 px or more and apart', async ({ page }) => {
  // The export's rule in the app too: whole labels left this chart "0 ms, 10,000 ms" at best.
  await page.setViewportSize({ width: 1024, height: 640 });
  await openFresh(page);
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({ label: 'Thread-pool exhaustion' });
  const labels = () => page.getByTestId('variant-chart').locator('svg text').evaluateAll((nodes) => nodes
    .filter((n) => /^[\d,.]+( m?s)?$/.test(n.textContent ?? ''))
    .map((n) => { const r = n.getBoundingClientRect(); return { text: n.textContent ?? '', left: r.left, right: r.right, px: parseFloat(getComputedStyle(n).fontSize) }; })
    .sort((a, b) => a.left - b.left));
  await expect.poll(async () => (await labels()).map((l) => l.text)).toEqual(['0', '10', '20', '30 s']);
  const read = await labels();
  for (const label of read) expect(label.px).toBeGreaterThanOrEqual(14);
  for (let i = 1; i < read.length; i++) expect(read[i]!.left - read[i - 1]!.right).toBeGreaterThan(8);
});
