/**
 * The desktop app's renderer, driven in Chromium: Electron's binary cannot run here, so the
 * page gets a stand-in for the preload's `window.looplab` bridge (host 'electron'). What is
 * checked is the renderer's own behaviour on that host: no service worker, and share links
 * that point to the published web build, whose address the teacher sets once.
 */
import { test, expect, type Page } from '@playwright/test';

// Service workers allowed, as in a real browser (the config blocks them elsewhere): blocked,
// "registers no service worker" could not fail.
test.use({ serviceWorkers: 'allow' });

async function openAsDesktop(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { looplab: unknown }).looplab = {
      host: 'electron',
      simulate: async () => ({ ok: false, error: 'the stand-in host has no engine (the page\'s workers run simulations)' }),
      openScenario: async () => null,
      saveScenario: async () => ({ ok: false, canceled: true }),
      exportFile: async () => ({ ok: false, canceled: true }),
      setDocumentState: () => {},
      onMenuCommand: () => () => {},
    };
  });
  await page.goto('./');
  await expect(page.getByRole('application', { name: /^As written/ })).toHaveAttribute('aria-label', /timeline of \d+ requests/);
}

test('the desktop renderer registers no service worker', async ({ page }) => {
  await openAsDesktop(page);
  await page.waitForTimeout(1000); // the web build registers at start: give it every chance
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});

test('desktop share links point to the web build: without its address the dialog says what to set, and remembers it', async ({ page }) => {
  await openAsDesktop(page);
  await page.getByRole('button', { name: 'Share link…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  await expect(dialog.getByRole('heading', { name: 'Web address of LoopLab' })).toBeVisible();
  await expect(dialog).toContainText('npm run build:web');
  await expect(dialog.getByText('Set the web address above first.').first()).toBeVisible();
  await expect(dialog.getByText('The QR code appears once the web address is set.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: /^Link:/ })).toHaveCount(0);

  const address = dialog.getByRole('textbox', { name: 'Web address of LoopLab' });
  await address.fill('school.example/looplab');
  await dialog.getByRole('button', { name: 'Save address' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Enter an http:// or https:// address, e.g. https://school.example/looplab/');

  await address.fill('https://school.example/looplab/');
  await dialog.getByRole('button', { name: 'Save address' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Link: Everything on screen' })).toHaveValue(/^https:\/\/school\.example\/looplab\/#share=v1\.[\w-]+$/);
  await expect(dialog.getByRole('textbox', { name: /^Link: Scenario/ })).toHaveValue('https://school.example/looplab/#scenario=blocking-in-def');
  await expect(dialog.getByRole('img', { name: /^QR code of the link/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.reload();
  await expect(page.getByRole('application', { name: /^As written/ })).toBeVisible();
  await page.getByRole('button', { name: 'Share link…' }).click();
  await expect(page.getByRole('dialog', { name: 'Share link' }).getByRole('textbox', { name: 'Web address of LoopLab' })).toHaveValue('https://school.example/looplab/');
});
