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
const work = mkdtempSync(join(tmpdir(), 'looplab-golden-'));

describe('exported SVG of every built-in scenario', () => {
  for (const c of cases) {
    it(`${c.name}: valid XML, renders in librsvg without warnings, matches its golden`, () => {
      const svg = c.svg();
      const file = join(work, `${c.name}.svg`);
      writeFileSync(file, svg);
      if (has('xmllint')) execFileSync('xmllint', ['--noout', file]); // throws on any error
      if (has('rsvg-convert')) {
        const r = spawnSync('rsvg-convert', ['-o', join(work, `${c.name}.png`), file], { encoding: 'utf8' });
        expect(r.status).toBe(0);
        expect(r.stderr).toBe('');
      }
      const golden = join(GOLDEN, `${c.name}.svg`);
      if (UPDATE || !existsSync(golden)) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(golden, svg);
      }
      expect(svg === readFileSync(golden, 'utf8'), `${c.name}.svg differs from its golden (UPDATE_GOLDEN=1 to accept)`).toBe(true);
    });
  }
});
