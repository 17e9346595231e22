import { describe, expect, it } from 'vitest';
import { headerNodes } from './chartHeader';

describe('chart header', () => {
  it('puts the legend below the title when an item does not fit beside it whole', () => {
    const spec = { title: 'As written: def report()', theme: 'light', chef: true, textScale: 1, legend: { states: ['blocking_io'], blocked: false } } as const;
    const roomy = headerNodes({ ...spec, width: 900 });
    expect(roomy.height).toBe(32); // one line: title and legend side by side
    // 480 px: "standing at the oven" would run 90 px past the chart's edge beside the title.
    const narrow = headerNodes({ ...spec, width: 480 });
    expect(narrow.height).toBeGreaterThan(32);
    const legend = narrow.nodes.find((n) => n.key === 'legend')!;
    expect(legend.attrs!.transform).toBe('translate(14,32)');
  });
});

describe('chart title', () => {
  it('cut with an ellipsis, carries the whole title as its tooltip', () => {
    const title = 'def route, one thread: def get_order_with_a_long_name()';
    const { nodes } = headerNodes({ title, width: 300, theme: 'light', chef: false, textScale: 1, legend: null });
    expect(nodes[0]!.children![0]).toEqual({ tag: 'title', text: title });
    expect(nodes[0]!.children![1]!.text!.endsWith('…')).toBe(true);
    expect(headerNodes({ title: 'short', width: 300, theme: 'light', chef: false, textScale: 1, legend: null }).nodes[0]!.tag).toBe('text');
  });
});
