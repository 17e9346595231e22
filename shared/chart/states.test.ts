import { describe, expect, it } from 'vitest';
import { SEGMENT_STATES } from '../engine/timeline';
import { CHART_THEMES, stateStyle, themeColours } from './states';

/** WCAG 2 relative luminance of '#RRGGBB'. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('chart colours', () => {
  it('computes contrast as WCAG does (white on Okabe–Ito vermillion is 3.87:1)', () => {
    expect(contrast('#FFFFFF', '#D55E00')).toBeCloseTo(3.87, 2);
    expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
  });

  // Bar labels are 14 px, not bold: WCAG AA asks 4.5:1 for text that small.
  it.each(CHART_THEMES)('gives every bar label at least 4.5:1 on its bar (%s theme)', (theme) => {
    for (const state of SEGMENT_STATES) {
      const style = stateStyle(state, theme);
      expect({ state, ratio: contrast(style.text, style.fill) }).toEqual({ state, ratio: expect.toSatisfy((r: number) => r >= 4.5) });
    }
  });

  it.each(CHART_THEMES)('keeps lane labels, muted text and the blocked-loop label at 4.5:1 or more (%s theme)', (theme) => {
    const c = themeColours(theme);
    const pairs: [string, string, string][] = [
      ['text on background', c.text, c.background], ['text on row stripe', c.text, c.rowStripe], ['text on loop row', c.text, c.loopRow],
      ['muted text on background', c.mutedText, c.background], ['muted text on row stripe', c.mutedText, c.rowStripe],
      ['blocked-loop label', c.blockedText, c.blocked],
    ];
    for (const [what, fg, bg] of pairs) expect({ what, ok: contrast(fg, bg) >= 4.5 }).toEqual({ what, ok: true });
  });
});
