/**
 * Writes shared/chart/glyphWidths.ts: each character's advance, in ems, in the widest of the
 * fonts the charts and exports name that this machine has (DejaVu Sans, librsvg's and Linux
 * Chromium's sans-serif; Liberation Sans, metric twin of Arial and close to Helvetica), regular
 * and bold, measured by Chromium. The layout estimates text from it (textFit.ts) without a DOM.
 * Run: node scripts/glyphWidths.mjs (needs /usr/bin/chromium or Playwright's own browser).
 */
import { chromium } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';

const FONTS = ['DejaVu Sans', 'Liberation Sans'];
// Printable ASCII, and what the app writes beyond it (ellipses, arrows, signs, quotes, µs).
const CHARS = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), ...'…→←↔×−–—µ·’‘“”≥≤±°✓≈é'];

const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--no-sandbox', '--headless'] });
const page = await browser.newPage();
const widths = await page.evaluate(({ fonts, chars }) => {
  const ctx = document.createElement('canvas').getContext('2d');
  const table = {};
  for (const weight of ['normal', 'bold']) {
    table[weight] = chars.map((ch) => Math.max(...fonts.map((font) => {
      ctx.font = `${weight} 1000px "${font}"`;
      return ctx.measureText(ch).width / 1000;
    })));
  }
  return table;
}, { fonts: FONTS, chars: CHARS });
await browser.close();

// Rounded up, never down: the estimate may be generous, not short.
const row = (w) => CHARS.map((ch, i) => `  ${JSON.stringify(ch)}: ${Math.ceil(w[i] * 1000) / 1000},`).join('\n');
writeFileSync(new URL('../shared/chart/glyphWidths.ts', import.meta.url), `/**
 * Each character's advance in ems, the widest of ${FONTS.join(' and ')} (regular, bold), as
 * Chromium measures them. Written by scripts/glyphWidths.mjs: edit that, not this.
 */
export const REGULAR_EM: Readonly<Record<string, number>> = {
${row(widths.normal)}
};

export const BOLD_EM: Readonly<Record<string, number>> = {
${row(widths.bold)}
};
`);
