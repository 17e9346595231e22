import { test, expect, type Page } from '@playwright/test';
import { openFresh } from './openApp';

// Every figure under the charts explains itself, in server words and in kitchen words.

async function openMetrics(page: Page) {
  const fold = page.getByRole('button', { name: 'Metrics' });
  if ((await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
  return page.getByRole('region', { name: 'Metrics' });
}

const PLAIN = ['Latency p50', 'Latency p95', 'Latency p99', 'Latency max', 'Throughput', 'Event loop blocked', 'Peak threads', 'CPU use (mean of cores)'];
const CHEF = ['Ticket time p50', 'Ticket time p95', 'Ticket time p99', 'Slowest ticket', 'Tickets served', 'Chef stuck', 'Most helper cooks at once', 'Chopping (mean of cores)'];

test('every metric explains itself in a tooltip, on hover and on keyboard focus, in chef mode too', async ({ page }) => {
  await openFresh(page);
  const metrics = await openMetrics(page);
  for (const [mode, names] of [['plain', PLAIN], ['chef', CHEF]] as const) {
    if (mode === 'chef') await page.getByRole('button', { name: 'Chef mode' }).click();
    const seen = new Set<string>();
    for (const name of names) {
      const label = metrics.getByRole('rowheader', { name, exact: true }).getByText(name, { exact: true });
      await label.hover();
      const tip = page.getByRole('tooltip');
      await expect(tip, `${mode}: ${name}`).toBeVisible();
      const text = (await tip.textContent())!;
      expect(text.length, `${mode}: ${name}`).toBeGreaterThan(30);
      seen.add(text);
      if (mode === 'chef') expect(text, name).not.toMatch(/\b(requests?|threads?|event loop)\b/);
      await expect(label).toHaveAccessibleDescription(text);
    }
    expect(seen.size).toBe(names.length);
  }
  // By keyboard: focus shows it, Escape hides it.
  await page.mouse.move(0, 0);
  const p95 = metrics.getByRole('rowheader', { name: 'Ticket time p95', exact: true }).getByText('Ticket time p95', { exact: true });
  await p95.focus();
  await expect(page.getByRole('tooltip')).toContainText('95 of every 100');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
});

test('the folded metrics line explains its figures too, and writes both in one format', async ({ page }) => {
  await openFresh(page);
  const fold = page.getByRole('button', { name: 'Metrics' });
  if ((await fold.getAttribute('aria-expanded')) === 'true') await fold.click();
  const line = page.getByRole('region', { name: 'Metrics' }).locator('.metrics-summary');
  await line.getByText('Loop blocked', { exact: true }).hover();
  await expect(page.getByRole('tooltip')).toContainText('could not switch to another request');
  // "1,000 → 0 ms": one unit, no "1.0 s", no "15.0 ms" beside "0 ms".
  await expect(line).toHaveText(/p95: [\d,.]+ → [\d,.]+ ms/);
  await expect(line).not.toHaveText(/\d\.0\b| s\b/);
});

test('Tab from the folded metrics line leaves the page\'s controls without stopping on the unseen table\'s names', async ({ page }) => {
  await openFresh(page);
  const fold = page.getByRole('button', { name: 'Metrics' });
  if ((await fold.getAttribute('aria-expanded')) === 'true') await fold.click();
  const line = page.getByRole('region', { name: 'Metrics' }).locator('.metrics-summary');
  await line.getByText('Loop blocked', { exact: true }).focus();
  // Every stop on the way back to the top is something a person can see focused.
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    if (await focused.count() === 0) break; // past the page: the browser's own controls
    await expect(focused, `Tab stop ${i + 1} after the folded metrics`).toBeInViewport();
  }
  // Unfolded, each name is a Tab stop again (its tooltip shows on focus).
  await fold.click();
  await page.getByRole('region', { name: 'Metrics' }).getByRole('rowheader', { name: 'Latency p50', exact: true }).getByText('Latency p50', { exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Latency p95');
});
