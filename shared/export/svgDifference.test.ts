import { describe, expect, it } from 'vitest';
import { svgDifference, svgLines } from './svgDifference';

const svg = (bars: string[]) => `<svg><g>${bars.map((x) => `<rect x="${x}"/>`).join('')}</g><text>0 ms</text></svg>`;

describe('svgDifference', () => {
  it('is null for equal texts', () => {
    expect(svgDifference(svg(['1', '2']), svg(['1', '2']))).toBeNull();
  });

  it('shows the one changed element as - golden / + new, with the lines around it', () => {
    expect(svgDifference(svg(['1', '2', '3', '4', '5']), svg(['1', '2', '9', '4', '5']))).toBe([
      '1 element differs (from line 5; the golden has 10 lines, the new export 10):',
      '  …',
      '  <rect x="1"/>',
      '  <rect x="2"/>',
      '- <rect x="3"/>',
      '+ <rect x="9"/>',
      '  <rect x="4"/>',
      '  <rect x="5"/>',
      '  …',
    ].join('\n'));
  });

  it('counts added elements and clips a long change', () => {
    const many = Array.from({ length: 30 }, (_, i) => String(100 + i));
    const diff = svgDifference(svg(['1']), svg(['1', ...many]))!;
    expect(diff.split('\n')[0]).toBe('30 elements differ (from line 4; the golden has 6 lines, the new export 36):');
    expect(diff).toContain('+ <rect x="111"/>');
    expect(diff).not.toContain('+ <rect x="112"/>');
    expect(diff).toContain('+ … 18 more');
  });

  it('puts one element per line', () => {
    expect(svgLines('<svg><rect/>\n <text>a b</text></svg>')).toEqual(['<svg>', '<rect/>', '<text>a b</text>', '</svg>']);
  });
});
