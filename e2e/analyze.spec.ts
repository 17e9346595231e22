import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const CODE = `import time

import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/report")
async def report():
    time.sleep(0.2)
    return {"status": "ready"}


@app.get("/quote")
def quote():
    return requests.get("https://api.example.com/quote", timeout=5).json()
`;

async function pasteCode(page: Page, code = CODE, name = 'app.py') {
  await page.getByRole('button', { name: 'Open Python…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open Python' });
  await dialog.getByLabel('FastAPI code').fill(code);
  await dialog.getByLabel('File name').fill(name);
  await dialog.getByRole('button', { name: 'Analyse' }).click();
  await expect(dialog).toHaveCount(0);
}

const p50 = (page: Page, column = 0) => page.getByRole('row', { name: /^Latency p50/ }).getByRole('cell').nth(column);

test('paste code, see its charts and diagnostics, choose one, Fix it, undo', async ({ page }) => {
  await page.goto('./');
  await expect(p50(page)).not.toHaveText('—');
  await pasteCode(page);

  const panel = page.getByRole('complementary', { name: 'Python: app.py' });
  await expect(panel).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Read app.py: 2 routes, 1 warning');
  // The charts are the code's: its routes are in the written chart's name.
  await expect(page.getByRole('application', { name: /^As written: .*async def GET \/report\(\), def GET \/quote\(\)/ })).toBeVisible();
  // The blocking sleep on line 11: 10 requests at once, one after the other on the loop.
  const warning = panel.getByRole('button', { name: /Warning · line 11, ASYNC251.*time\.sleep\(0\.2\) blocks the event loop 200 ms per request; the other 9 requests wait/ });
  await expect(warning).toBeVisible();
  await expect(panel.getByRole('list', { name: 'app.py, 17 lines' })).toContainText('async def report():');

  await warning.click();
  await expect(warning).toHaveAttribute('aria-expanded', 'true');
  const fix = panel.getByRole('button', { name: 'Fix it: use an async library' });
  await fix.click();
  await expect(page.getByRole('combobox', { name: 'Compare with' })).toHaveValue('fixed');
  await expect(page.getByRole('application', { name: /^With fixes/ })).toBeVisible();
  // With the sleep awaited, the fixed chart's p50 is well under the written chart's.
  await expect(p50(page, 1)).not.toHaveText('—');
  const written = Number((await p50(page, 0).textContent())!.replace(/[^\d.]/g, ''));
  await expect.poll(async () => Number((await p50(page, 1).textContent())!.replace(/[^\d.]/g, ''))).toBeLessThan(written);

  // Undo takes the fix back: both charts show the code as written again.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Number((await p50(page, 1).textContent())!.replace(/[^\d.]/g, ''))).toBe(written);
});

test('a file with no FastAPI route says what was looked for and changes nothing', async ({ page }) => {
  await page.goto('./');
  await expect(p50(page)).not.toHaveText('—');
  const before = await page.getByRole('application', { name: /^As written/ }).getAttribute('aria-label');
  await pasteCode(page, 'print("hello")\n', 'hello.py');
  await expect(page.getByRole('alert')).toContainText('hello.py: no FastAPI route found: looked for functions decorated with @app.get');
  await expect(page.getByRole('complementary', { name: 'Python: hello.py' })).toContainText('print("hello")');
  expect(await page.getByRole('application', { name: /^As written/ }).getAttribute('aria-label')).toBe(before);
});

test('editing the code and analysing again keeps a typed duration where its line still is', async ({ page }) => {
  await page.goto('./');
  await pasteCode(page);
  const panel = page.getByRole('complementary', { name: 'Python: app.py' });
  await expect(panel).toBeVisible();
  // The editor folds to give the code room at 1280 px: open it, and type 350 ms for requests.get in GET /quote.
  const toggle = page.getByRole('toolbar', { name: 'Chart' }).getByRole('button', { name: /Panel/ });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await page.getByRole('radio', { name: /GET \/quote/ }).check();
  const duration = page.getByRole('spinbutton', { name: 'Duration of step 1 (ms)' });
  await expect(duration).toHaveValue('100');
  await duration.fill('350');
  await duration.press('Enter');
  await expect(page.getByRole('status')).toContainText('done');

  // A line added at the top moves every line down; the typed 350 ms stays with requests.get.
  await panel.getByRole('button', { name: 'Edit code' }).click();
  await panel.getByLabel('Python code').fill(`# a comment moves every line down\n${CODE}`);
  await panel.getByRole('button', { name: 'Analyse again' }).click();
  await expect(page.getByRole('status')).toContainText('Read app.py again');
  await expect(panel.getByRole('button', { name: /Warning · line 12, ASYNC251/ })).toBeVisible();
  await page.getByRole('radio', { name: /GET \/quote/ }).check();
  await expect(duration).toHaveValue('350');
});

test('axe finds nothing in the Open Python dialog, nor in the Python panel with a diagnostic chosen', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./');
  await page.getByRole('button', { name: 'Open Python…' }).click();
  await page.getByRole('dialog', { name: 'Open Python' }).getByLabel('FastAPI code').fill(CODE);
  await expectNoAxeViolations(page);
  await page.getByRole('dialog', { name: 'Open Python' }).getByRole('button', { name: 'Analyse' }).click();
  const panel = page.getByRole('complementary', { name: 'Python: app.py' });
  await panel.getByRole('button', { name: /Warning · line 11/ }).click();
  await expect(panel.getByRole('button', { name: 'Fix it: make the route def' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a .py file dropped on the window opens like a pasted one; another kind of file is refused with a message', async ({ page }) => {
  await page.goto('./');
  await expect(p50(page)).not.toHaveText('—');
  const drop = async (name: string, text: string) => {
    const data = await page.evaluateHandle(({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'text/plain' }));
      return dt;
    }, { name, text });
    await page.dispatchEvent('.charts', 'dragover', { dataTransfer: data });
    await page.dispatchEvent('.charts', 'drop', { dataTransfer: data });
  };
  await drop('notes.txt', 'hello');
  await expect(page.getByRole('alert')).toContainText('notes.txt is not a Python file (.py)');
  await drop('service.py', CODE);
  await expect(page.getByRole('complementary', { name: 'Python: service.py' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Read service.py: 2 routes, 1 warning');
});
