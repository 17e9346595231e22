import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

// "Measure now" in the desktop app's page. Electron cannot start here, so the page gets a
// scripted desktop host (window.looplab, as the preload exposes it): the real renderer, a host
// that answers like the main process (electron/measure/, tested under Node with a real Python).

const RUN = fileURLToPath(new URL('../assets/runs/blocking-in-async.run.json', import.meta.url));

async function desktopHost(page: Page, behaviour: 'measures' | 'fails' | 'waits-for-cancel' | 'no-python') {
  const run = JSON.parse(await readFile(RUN, 'utf8'));
  await page.addInitScript(({ run, behaviour }) => {
    let progress: ((p: unknown) => void) | undefined;
    let cancel: (() => void) | undefined;
    const w = window as unknown as { looplab: unknown; measuredScenario?: unknown };
    w.looplab = {
      host: 'electron',
      simulate: async () => ({ ok: false, error: 'the page simulates in its own workers' }),
      openScenario: async () => null,
      saveScenario: async () => ({ ok: false, canceled: true }),
      exportFile: async () => ({ ok: false, canceled: true }),
      setDocumentState: () => {},
      onMenuCommand: () => () => {},
      measureAvailability: async () => (behaviour === 'no-python'
        ? { ok: false, message: 'No Python with FastAPI, uvicorn and httpx was found.' }
        : { ok: true, python: '/usr/bin/python3', description: 'Python 3.11.2, FastAPI 0.92.0, uvicorn 0.17.6' }),
      onMeasureProgress: (listener: (p: unknown) => void) => { progress = listener; return () => { progress = undefined; }; },
      cancelMeasure: () => cancel?.(),
      measureNow: (scenario: unknown, repeats: number) => new Promise((resolve) => {
        w.measuredScenario = { scenario, repeats };
        progress?.({ phase: 'starting' });
        progress?.({ phase: 'run', run: 2, of: repeats });
        if (behaviour === 'waits-for-cancel') { cancel = () => resolve({ ok: false, canceled: true, message: 'The measurement was stopped.' }); return; }
        setTimeout(() => resolve(behaviour === 'fails'
          ? { ok: false, canceled: false, message: 'The server exited with status 1.', tail: 'Traceback (most recent call last):\nImportError: boom' }
          : { ok: true, run }), 300);
      }),
    };
  }, { run, behaviour });
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('blocking-in-async');
}

test('Measure now measures the scenario on screen and outlines the result', async ({ page }) => {
  await desktopHost(page, 'measures');
  await page.getByRole('button', { name: 'Measure now' }).click();
  const banner = page.getByRole('status', { name: 'Real run' });
  await expect(banner).toContainText('5 of 5 requests agree within max(15 ms, 15 %)');
  await expect(banner).toContainText('this machine · 5 runs · Python 3.11.2');
  await expect(page.getByRole('radio', { name: 'Requests' })).toBeChecked();
  const asked = await page.evaluate(() => (window as unknown as { measuredScenario: { scenario: { name: string }; repeats: number } }).measuredScenario);
  expect(asked).toMatchObject({ scenario: { name: 'The same blocking call in async def' }, repeats: 5 });
});

test('while measuring: progress and Cancel; cancelled, it says so and nothing is shown', async ({ page }) => {
  await desktopHost(page, 'waits-for-cancel');
  await page.getByRole('button', { name: 'Measure now' }).click();
  const strip = page.getByRole('status', { name: 'Measuring' });
  await expect(strip).toContainText('Measuring on Python 3.11.2, FastAPI 0.92.0, uvicorn 0.17.6 — timed run 2 of 5…');
  await expect(page.getByRole('button', { name: 'Measure now' })).toBeDisabled();
  await page.screenshot({ path: 'test-results/measuring.png' });
  await strip.getByRole('button', { name: 'Cancel' }).click();
  await expect(strip).toHaveCount(0);
  await expect(page.getByText('Measurement stopped: the server and every process it started are gone.').first()).toBeVisible();
  await expect(page.getByRole('status', { name: 'Real run' })).toHaveCount(0);
});

test("a failed measurement says why, with the server's last output", async ({ page }) => {
  await desktopHost(page, 'fails');
  await page.getByRole('button', { name: 'Measure now' }).click();
  const alert = page.getByRole('alert', { name: 'Measurement failed' });
  await expect(alert).toContainText('The measurement failed: The server exited with status 1.');
  await expect(alert.getByLabel("The server's last output")).toContainText('ImportError: boom');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});

test('without a Python that can measure, Measure now is not offered', async ({ page }) => {
  await desktopHost(page, 'no-python');
  await expect(page.getByRole('button', { name: 'Compare with a real run…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Measure now' })).toHaveCount(0);
});
