/**
 * The page's cost of an edit at 10,000 requests beside another commit's page, on this machine,
 * now. On a shared two-core machine `npm run bench:ui` moves by 10–20 ms of main-thread CPU
 * from one run to the next (other processes preempt the page mid-task, and a task that is
 * preempted takes longer even in thread CPU time), so a change of a few milliseconds in what an
 * edit costs the page cannot be told from two runs of it taken minutes apart. This bench builds
 * both pages (that commit's tree unpacked into .tmp/, ignored by git, lint and tests; its
 * packages resolve from this checkout's node_modules), opens the same scenario in both, and
 * alternates their edits, edit by edit, so both meet the same load.
 *
 * The edits are bench:ui's "mixed" series (bench/uiScenarios.ts), each followed by "Delete step
 * N" of the step it added; each is traced (Chromium's `toplevel` tasks, with thread CPU time) and
 * counted as bench:ui counts it: the page's main thread and its slowest engine worker between
 * the edit and both charts drawn.
 *
 *   npm run bench:ui:commit      (BASE_COMMIT=<rev>, default main; ROUNDS=4; SIZE=10000)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, renameSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { editCpu } from './editTrace';
import { mixedBenchDocument } from './uiScenarios';

const here = resolve('.');
const commit = process.env.BASE_COMMIT || 'main';
const rounds = Number(process.env.ROUNDS ?? 4);
const size = Number(process.env.SIZE ?? 10_000);

/** That commit's tree, unpacked once into .tmp/; or why it cannot be. */
function checkout(rev: string): { root: string; hash: string } | { why: string } {
  const hash = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { encoding: 'utf8', timeout: 10_000 });
  if (hash.status !== 0) return { why: `commit ${rev} is not in this checkout's git history` };
  const full = hash.stdout.trim();
  const root = join(here, '.tmp', `bench-ui-${full.slice(0, 12)}`);
  if (existsSync(join(root, 'renderer', 'vite.config.ts'))) return { root, hash: full };
  // Unpacked beside it and renamed when whole, so an interrupted unpack is never taken for one.
  const partial = `${root}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const archive = `${partial}.tar`;
  const steps: [string, string[]][] = [['git', ['archive', '--format=tar', '-o', archive, full]], ['tar', ['-x', '-f', archive, '-C', partial]]];
  for (const [cmd, args] of steps) {
    const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) {
      rmSync(archive, { force: true });
      return { why: `could not unpack ${rev}: ${cmd}: ${r.stderr?.trim() || r.error?.message || `exit ${r.status ?? r.signal}`}` };
    }
  }
  rmSync(archive, { force: true });
  if (!existsSync(join(partial, 'renderer', 'vite.config.ts'))) return { why: `${rev} has no renderer/vite.config.ts` };
  renameSync(partial, root);
  return { root, hash: full };
}

interface Side { name: string; page: Page; server: PreviewServer; edits: { main: number; worker: number; edit: string }[] }

const waitForRedraw = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('looplab:edit-to-redraw').length >= 1, undefined, { timeout: 240_000 });
const clearMeasures = (page: Page) => page.evaluate(() => performance.clearMeasures());

async function open(browser: Browser, name: string, root: string): Promise<Side> {
  const configFile = join(root, 'renderer', 'vite.config.ts');
  const outDir = join(here, '.tmp', `bench-ui-web-${name}`);
  await build({ configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({ configFile, build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(server.resolvedUrls!.local[0]!);
  await page.getByRole('application', { name: /^As written/ }).waitFor();
  await page.getByRole('banner').getByRole('button', { name: 'File', exact: true }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'Open…', exact: true }).click(),
  ]);
  await clearMeasures(page);
  await chooser.setFiles({ name: `mixed-${size}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mixedBenchDocument(size))) });
  await waitForRedraw(page);
  return { name, page, server, edits: [] };
}

async function tracedEdit(browser: Browser, side: Side, button: string, edit: string, keep: boolean) {
  await clearMeasures(side.page);
  await browser.startTracing(side.page, { categories: ['toplevel', 'blink.user_timing'] });
  await side.page.getByRole('button', { name: button }).click();
  await waitForRedraw(side.page);
  const cpu = editCpu(await browser.stopTracing());
  if (cpu && keep) side.edits.push({ main: cpu.main, worker: cpu.workers[0] ?? 0, edit });
}

const base = checkout(commit);
if ('why' in base) {
  console.log(`page edits beside ${commit}: not run: ${base.why}`);
  process.exit(0);
}
const SERIES = [
  { route: /report/, add: 'Add CPU burst' },
  { route: /report/, add: 'Add blocking I/O' },
  { route: /api/, add: 'Add CPU burst' },
  { route: /api/, add: 'Add I/O wait' },
];
const loadBefore = loadavg()[0]!;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
const sides: Side[] = [];
try {
  sides.push(await open(browser, 'then', base.root), await open(browser, 'now', here));
  for (const series of SERIES) {
    for (const side of sides) await side.page.getByRole('radio', { name: series.route }).check();
    // Round 0 warms both pages up (not counted); then each round edits both, in turn, first one first then the other.
    for (let round = 0; round <= rounds; round++) {
      for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
        await tracedEdit(browser, side, series.add, `${series.route.source}: ${series.add}`, round > 0);
        const steps = await side.page.getByRole('list', { name: /^Steps of / }).locator(':scope > li').count();
        await tracedEdit(browser, side, `Delete step ${steps}`, 'Delete step', round > 0);
      }
    }
  }
} finally {
  await browser.close();
  for (const side of sides) await new Promise<void>((done) => side.server.httpServer.close(() => done()));
}
const loadAfter = loadavg()[0]!;

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)]! : NaN; };
const kinds = [...new Set(sides[0]!.edits.map((e) => e.edit)), 'every edit'];
console.log(`page edits at ${size.toLocaleString('en-US')} requests beside ${commit} (${base.hash.slice(0, 12)}), alternated edit by edit, ${rounds} rounds`);
console.log(`load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after; CPU ms, medians (main: the page's main thread; worker: the slower engine worker)`);
console.table(kinds.map((kind) => {
  const row: Record<string, string | number> = { edit: kind };
  for (const side of sides) {
    const edits = side.edits.filter((e) => kind === 'every edit' || e.edit === kind);
    row[`main ${side.name}`] = +median(edits.map((e) => e.main)).toFixed(1);
    row[`worker ${side.name}`] = +median(edits.map((e) => e.worker)).toFixed(1);
    row[`main + worker ${side.name}`] = +median(edits.map((e) => e.main + e.worker)).toFixed(1);
  }
  row.edits = sides[0]!.edits.filter((e) => kind === 'every edit' || e.edit === kind).length;
  return row;
}));
