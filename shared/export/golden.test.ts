/**
 * Every built-in scenario exported in the default configuration, plus a few option combos:
 * each must be well-formed XML (xmllint), render in librsvg without a single warning, and
 * match its golden file byte for byte. `UPDATE_GOLDEN=1 npx vitest run shared/export` rewrites them.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulate } from '../engine/simulate';
import { builtinRuns } from '../../assets/scenarios/validBuiltins';
import { exportSvg } from './exportSvg';
import type { ExportOptions } from './options';
import { variantInput } from './variantInput';
import { svgDifference } from './svgDifference';

const GOLDEN = join(__dirname, '__golden__');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const runs = builtinRuns();
const byId = (id: string) => runs.find((r) => r.id === id)!.scenario;

const cases: { name: string; svg: () => string }[] = [
  ...runs.map(({ id, scenario }) => ({ name: id, svg: () => exportSvg({ scenario, timeline: simulate(scenario) }) })),
  { name: 'combo-both-requests-metrics-dark', svg: () => exportSvg(variantInput(byId('gil-starves-loop')), { charts: 'both', view: 'requests', metrics: true, theme: 'dark' }) },
  { name: 'combo-chef-print', svg: () => exportSvg(variantInput(byId('blocking-in-async')), { charts: 'both', chef: true, theme: 'print', metrics: true }) },
  { name: 'combo-side-by-side-high-contrast-zoom', svg: () => exportSvg(variantInput(byId('to-thread-fix')), {
    charts: 'both', arrangement: 'side-by-side', theme: 'high-contrast', range: [0, 300], title: 'to_thread, zoomed', legend: true,
  } satisfies Partial<ExportOptions>) },
  { name: 'combo-requests-sampled-narrow', svg: () => exportSvg(variantInput(byId('threadpool-exhaustion')), { view: 'requests', width: 960, maxRequestRows: 12, legend: false }) },
];

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
// Without the tool these tests are reported as skipped, never passed; CI installs both
// tools, and there a missing one fails loudly instead of skipping.
const lacks = (tool: string) => !has(tool) && !process.env.CI;
const work = mkdtempSync(join(tmpdir(), 'looplab-golden-'));

function written(c: (typeof cases)[number]): string {
  const file = join(work, `${c.name}.svg`);
  if (!existsSync(file)) writeFileSync(file, c.svg());
  return file;
}

describe('exported SVG of every built-in scenario', () => {
  for (const c of cases) {
    it.skipIf(lacks('xmllint'))(`${c.name}: is well-formed XML (xmllint --noout)`, () => {
      execFileSync('xmllint', ['--noout', written(c)]); // throws on any error
    });

    it.skipIf(lacks('rsvg-convert'))(`${c.name}: renders in librsvg without a warning`, () => {
      const r = spawnSync('rsvg-convert', ['-o', join(work, `${c.name}.png`), written(c)], { encoding: 'utf8' });
      expect(r.error).toBeUndefined();
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
    });

    it(`${c.name}: matches its golden file byte for byte`, () => {
      const svg = readFileSync(written(c), 'utf8');
      const golden = join(GOLDEN, `${c.name}.svg`);
      if (UPDATE) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(golden, svg);
      }
      // A missing golden is a failure, not a free pass: accept new output with UPDATE_GOLDEN=1.
      expect(existsSync(golden), `${c.name}.svg has no golden file (UPDATE_GOLDEN=1 to create it)`).toBe(true);
      const difference = svgDifference(readFileSync(golden, 'utf8'), svg);
      if (difference !== null) throw new Error(`${c.name}.svg differs from its golden (UPDATE_GOLDEN=1 to accept): ${difference}`);
    });
  }
});
