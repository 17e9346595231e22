import { describe, expect, it } from 'vitest';
import { el, textEl, type SvgNode } from '../../shared/chart/svgNodes';
import { sameSvgNodes } from './applySvgNodes';

const labels = (y: number, label = 'event loop'): SvgNode[] => [
  el('g', { transform: 'translate(0,0)' }, [textEl(label, { x: 14, y, 'font-size': 15 }, 'lane:0'), el('line', { x1: 0, x2: 600, y1: y, y2: y, stroke: '#ccc' })], 'group:0'),
];

describe('sameSvgNodes (a redraw whose nodes are all the same leaves the DOM alone)', () => {
  it('finds nodes built afresh with the same tags, keys, texts and attributes the same', () => {
    expect(sameSvgNodes(labels(20), labels(20))).toBe(true);
  });

  it('finds a moved row, a changed label or a different child count different', () => {
    expect(sameSvgNodes(labels(20), labels(21))).toBe(false);
    expect(sameSvgNodes(labels(20), labels(20, 'anyio thread 1'))).toBe(false);
    const fewer = labels(20);
    fewer[0]!.children!.pop();
    expect(sameSvgNodes(labels(20), fewer)).toBe(false);
    expect(sameSvgNodes(labels(20), [...labels(20), el('rect', {})])).toBe(false);
  });

  it('tells keys and tags apart, and an attribute added or taken away', () => {
    expect(sameSvgNodes([el('rect', {}, undefined, 'a')], [el('rect', {}, undefined, 'b')])).toBe(false);
    expect(sameSvgNodes([el('rect', {})], [el('line', {})])).toBe(false);
    expect(sameSvgNodes([el('rect', { x: 1 })], [el('rect', { x: 1, opacity: 0.5 })])).toBe(false);
    expect(sameSvgNodes([el('rect', { x: 1, opacity: 0.5 })], [el('rect', { x: 1 })])).toBe(false);
  });

  it('takes an attribute set to undefined as absent, as applying removes both', () => {
    expect(sameSvgNodes([el('rect', { x: 1, stroke: undefined })], [el('rect', { x: 1 })])).toBe(true);
    expect(sameSvgNodes([el('rect', { x: 1 })], [el('rect', { x: 1, stroke: undefined })])).toBe(true);
  });
});
