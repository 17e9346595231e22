import { test, expect } from '@playwright/test';
import { textWidth, FONT_STACK } from '../shared/chart/textFit';
import { EXPORT_FONT_STACK } from '../shared/export/svgDocument';
import { exportSvg } from '../shared/export/exportSvg';
import { variantInput } from '../shared/export/variantInput';
import { validateScenario } from '../shared/scenario/load';
import type { Scenario } from '../shared/scenario/types';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The charts and exports lay text out from an estimate (textFit.ts), never from the DOM: an
// estimate short of the real font overlaps labels, one too wide takes room they need. This
// compares it with what Chromium measures in the app's font stack and the export's.

interface Sample { text: string; size: number; bold: boolean }

/** The built-in scenarios, read from their files (Playwright's loader does not import JSON modules). */
function builtins(): Scenario[] {
  const dir = fileURLToPath(new URL('../assets/scenarios', import.meta.url));
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => {
    const result = validateScenario(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    if (!result.ok) throw new Error(`built-in scenario ${f} is invalid`);
    return result.scenario;
  });
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every text the exports of the built-in scenarios draw, in both views, in code and kitchen words, at its size and weight. */
function exportedTexts(): Sample[] {
  const seen = new Map<string, Sample>();
  for (const scenario of builtins()) {
    for (const options of [{ view: 'resources' as const }, { view: 'requests' as const, chef: true, metrics: true }]) {
      const svg = exportSvg(variantInput(scenario), { charts: 'both', width: 1600, ...options });
      for (const m of svg.matchAll(/<text ([^>]*)>(.*?)<\/text>/g)) {
        const size = Number(/font-size="([\d.]+)"/.exec(m[1]!)?.[1] ?? NaN);
        const bold = /font-weight="700"/.test(m[1]!);
        const parts = m[2]!.includes('<tspan')
          ? [...m[2]!.matchAll(/<tspan([^>]*)>([^<]*)<\/tspan>/g)].map((t) => ({ text: t[2]!, bold: bold || /font-weight="700"/.test(t[1]!) }))
          : [{ text: m[2]!.replace(/<[^>]+>/g, ''), bold }];
        for (const part of parts) {
          const text = unescape(part.text);
          if (!text.trim() || !(size > 0)) continue;
          seen.set(`${size}|${part.bold}|${text}`, { text, size, bold: part.bold });
        }
      }
    }
  }
  return [...seen.values()];
}

// Digits, capitals and the signs the charts write, where an average glyph had fallen short.
const HARD: string[] = ['WORKER 0', 'WORKER 12', '1,000 ms', '30,000 ms', '0123456789', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz',
  'MMMM WWWW', '#12 GET /report', 'p95: 1,043 → 28,520 ms', '−97% × 1.5 µs …', 'iiii llll ....', '[{(@&%$?!)}]'];

test('the text-width estimate is never short of Chromium\'s fonts, and within a few per cent of them', async ({ page }) => {
  const samples = [...exportedTexts(), ...HARD.flatMap((text) => [15, 28].flatMap((size) => [false, true].map((bold) => ({ text, size, bold }))))];
  expect(samples.length).toBeGreaterThan(200);
  await page.setContent('<canvas></canvas>');
  const measured = await page.evaluate(({ samples, stacks }) => {
    const ctx = document.querySelector('canvas')!.getContext('2d')!;
    return stacks.map((stack) => samples.map((s) => {
      ctx.font = `${s.bold ? 'bold' : 'normal'} ${s.size}px ${stack}`;
      return ctx.measureText(s.text).width;
    }));
  }, { samples, stacks: [FONT_STACK, EXPORT_FONT_STACK] });

  const ratios: number[] = [];
  const short: string[] = [];
  for (const widths of measured) {
    samples.forEach((s, i) => {
      const estimate = textWidth(s.text, s.size, s.bold);
      ratios.push(estimate / widths[i]!);
      if (estimate < widths[i]! - 0.01) short.push(`"${s.text}" ${s.size}px${s.bold ? ' bold' : ''}: estimated ${estimate.toFixed(1)}, drawn ${widths[i]!.toFixed(1)}`);
    });
  }
  expect(short, 'texts the estimate is short of').toEqual([]);
  ratios.sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)]!;
  console.log(`estimate / Chromium over ${samples.length} texts × 2 font stacks: median ${median.toFixed(3)}, widest ${ratios.at(-1)!.toFixed(3)}`);
  // An average glyph gave a median of 1.12 here: room labels could have had.
  expect(median).toBeLessThan(1.06);
});
