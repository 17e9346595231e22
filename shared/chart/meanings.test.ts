import { describe, expect, it } from 'vitest';
import { LANE_KINDS, SEGMENT_STATES } from '../engine/timeline';
import { legendMeaning, rowMeaning } from './meanings';

const ROW_KINDS = [...LANE_KINDS, 'request'] as const;
const ITEMS = [...SEGMENT_STATES, 'blocked'] as const;

describe('what rows and legend items mean', () => {
  it('explains every row kind and every legend item in a sentence or two, each differently', () => {
    for (const chef of [false, true]) {
      const texts = [...ROW_KINDS.map((k) => rowMeaning(k, chef)), ...ITEMS.map((i) => legendMeaning(i, chef))];
      for (const text of texts) {
        expect(text.length).toBeGreaterThan(30);
        expect(text.length).toBeLessThan(260); // read in a tooltip, not a lesson
      }
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('says what the GIL is wherever a plain chart names it', () => {
    expect(legendMeaning('gil_wait', false)).toMatch(/lock/);
    expect(legendMeaning('cpu', false)).toMatch(/GIL.*lock/);
  });

  it('keeps server words out of chef mode', () => {
    for (const text of [...ROW_KINDS.map((k) => rowMeaning(k, true)), ...ITEMS.map((i) => legendMeaning(i, true))]) {
      expect(text).not.toMatch(/\b(requests?|threads?|event loop)\b/); // the metrics' rule; "async def order" is the kitchen key's own phrase
    }
  });
});
