import { describe, expect, it } from 'vitest';
import { fixtureTimeline } from '../chart/fixtures';
import { textWidth } from '../chart/textFit';
import type { SvgNode } from '../chart/svgNodes';
import { metricsTableNodes } from './metricsTable';

const columns = [{ heading: 'as written', metrics: { ...fixtureTimeline.metrics, throughput: 10.83 } }, { heading: 'flipped', metrics: { ...fixtureTimeline.metrics, throughput: 11.84 } }];

/** Each text's horizontal extent, by baseline y. */
function extents(nodes: readonly SvgNode[]): Map<number, { x0: number; x1: number; text: string }[]> {
  const rows = new Map<number, { x0: number; x1: number; text: string }[]>();
  for (const n of nodes) {
    if (n.tag !== 'text') continue;
    const a = n.attrs!;
    const w = textWidth(n.text!, Number(a['font-size']), a['font-weight'] === 700);
    const x = Number(a.x);
    const span = a['text-anchor'] === 'end' ? { x0: x - w, x1: x, text: n.text! } : { x0: x, x1: x + w, text: n.text! };
    rows.set(Number(a.y), [...(rows.get(Number(a.y)) ?? []), span]);
  }
  return rows;
}

const versions = [{ ...columns[0]!, heading: 'def version' }, { ...columns[1]!, heading: 'async def version' }];

describe('the metrics table', () => {
  for (const [name, headed] of [['as written and flipped', columns], ['def version and async def version', versions]] as const) for (const chef of [false, true]) {
    it(`on a 480 px diagram, keeps every label, heading and value apart and inside the width (${name}${chef ? ', chef mode' : ''})`, () => {
      const width = 432;
      const table = metricsTableNodes(headed, 0, 0, width, 'light', chef);
      for (const spans of extents(table.nodes).values()) {
        const sorted = [...spans].sort((a, b) => a.x0 - b.x0);
        sorted.forEach((s, k) => {
          expect(s.x1, s.text).toBeLessThanOrEqual(width);
          if (k > 0) expect(s.x0, `${sorted[k - 1]!.text} | ${s.text}`).toBeGreaterThanOrEqual(sorted[k - 1]!.x1 + 4);
        });
      }
      expect(table.nodes.filter((n) => n.tag === 'text').map((n) => n.text).join(' ')).not.toContain('…');
    });
  }

  it('puts a heading wider than a value column on two lines rather than cutting it, however wide the diagram', () => {
    const kitchen = [{ ...columns[0]!, heading: 'cooked by the chef' }, { ...columns[1]!, heading: 'cooked by helper cooks' }];
    const headings = metricsTableNodes(kitchen, 0, 0, 1552, 'light', true).nodes.filter((n) => n.tag === 'text' && n.attrs!['font-weight'] === 700).map((n) => n.text);
    expect(headings).toEqual(['metrics', 'cooked by', 'the chef', 'cooked by', 'helper cooks']);
  });

  it('is one line a row on a full-width diagram', () => {
    const table = metricsTableNodes(columns, 0, 0, 1552, 'light');
    expect(table.height).toBe(28 * 8 + 12);
  });
});
