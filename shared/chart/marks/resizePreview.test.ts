import { describe, expect, it } from 'vitest';
import { timeScale } from '../timeScale';
import { themeColours } from '../states';
import type { SvgNode } from '../svgNodes';
import { resizePreviewNodes, type ResizePreview } from './resizePreview';

const scale = timeScale([0, 400], [0, 800]); // 2 px per ms
const byKey = (nodes: SvgNode[], key: string) => nodes.find((n) => n.key === key)!;
const chipParts = (nodes: SvgNode[]) => {
  const [rect, text] = byKey(nodes, 'chip').children!;
  return { rect: rect!.attrs!, text: text! };
};

const growing: ResizePreview = { bar: { x0: 50, y: 100, height: 30 }, fromEndMs: 120, toEndMs: 150, text: 'cpu 70 → 100 ms' };

describe('resize preview', () => {
  it('draws the ghost edge at the new end and outlines the bar as it will be', () => {
    const nodes = resizePreviewNodes(growing, scale, 0, 500, 'light');
    expect(byKey(nodes, 'edge').attrs).toMatchObject({ x1: 300, x2: 300 });
    expect(byKey(nodes, 'outline').attrs).toMatchObject({ x: 100, width: 200, 'stroke-dasharray': '6 3' });
    expect(byKey(nodes, 'change').attrs).toMatchObject({ x: 240, width: 60, fill: themeColours('light').cursor });
  });

  it('washes out the time a shrink takes away', () => {
    const nodes = resizePreviewNodes({ ...growing, toEndMs: 90 }, scale, 0, 500, 'light');
    expect(byKey(nodes, 'change').attrs).toMatchObject({ x: 180, width: 60, fill: themeColours('light').background });
    expect(byKey(nodes, 'outline').attrs).toMatchObject({ x: 100, width: 80 });
  });

  it('puts the chip above the bar, or below it at the top of the plot, in text of at least 14 px', () => {
    const above = chipParts(resizePreviewNodes(growing, scale, 0, 500, 'light'));
    expect(above.text.text).toBe('cpu 70 → 100 ms');
    expect(Number(above.text.attrs!['font-size'])).toBeGreaterThanOrEqual(14);
    expect(Number(above.rect.y) + Number(above.rect.height)).toBeLessThanOrEqual(100);
    const below = chipParts(resizePreviewNodes(growing, scale, 95, 500, 'light')); // the bar is now at y 5
    expect(Number(below.rect.y)).toBeGreaterThanOrEqual(5 + 30);
  });

  it('keeps the chip inside the plot near its right edge', () => {
    const nodes = resizePreviewNodes({ ...growing, toEndMs: 398 }, scale, 0, 500, 'light');
    const { rect } = chipParts(nodes);
    expect(Number(rect.x) + Number(rect.width)).toBeLessThanOrEqual(800);
    expect(Number(rect.x) + Number(rect.width)).toBeLessThanOrEqual(796); // left of the edge, not over it
  });

  it('scales its text with the chart', () => {
    const { text } = chipParts(resizePreviewNodes(growing, scale, 0, 500, 'dark', 1.75));
    expect(Number(text.attrs!['font-size'])).toBeGreaterThanOrEqual(24);
  });
});
