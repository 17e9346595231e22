import { describe, expect, it } from 'vitest';
import { el, svgString, textEl } from './svgNodes';
import { SEGMENT_STATES } from '../engine/timeline';
import { stateStyle, stateName } from './states';
import { statePatternDefs } from './patternDefs';

describe('marks as data', () => {
  it('serialise to SVG without a DOM, escaped and rounded', () => {
    const svg = svgString([el('g', { transform: 'translate(1,2)' }, [el('rect', { x: 1.23456, width: 10 }), textEl('a < b & "c"', { x: 0 })])]);
    expect(svg).toBe('<g transform="translate(1,2)"><rect x="1.23" width="10"/><text x="0">a &lt; b &amp; &quot;c&quot;</text></g>');
  });

  it('define one pattern per state plus the blocked-loop hatch', () => {
    const ids = statePatternDefs('light').map((n) => n.attrs?.id);
    expect(ids).toEqual([...SEGMENT_STATES.map((s) => `ll-${s}`), 'll-blocked']);
  });
});

describe('state look', () => {
  it('gives every state its own pattern, so the chart reads in greyscale', () => {
    const patterns = SEGMENT_STATES.map((s) => stateStyle(s, 'light').pattern);
    expect(new Set(patterns).size).toBe(SEGMENT_STATES.length);
  });

  it('switches every state name to the kitchen in chef mode', () => {
    expect(stateName('await_io', true)).toBe('dish in the oven');
    expect(new Set(SEGMENT_STATES.map((s) => stateName(s, true))).size).toBe(SEGMENT_STATES.length);
  });
});
