import { describe, expect, it } from 'vitest';
import { moveCursor, resolveCursor } from './keyCursor';

// A chart with a legend of 3 items (places 0–2) and 5 rows (places 3–7).
const counts = { legend: 3, rows: 5 };

describe('the chart\'s keyboard cursor', () => {
  it('starts at the first row, whichever arrow is pressed first, and End starts at the last', () => {
    expect(moveCursor(null, 'ArrowDown', counts)).toBe(3);
    expect(moveCursor(null, 'ArrowUp', counts)).toBe(3);
    expect(moveCursor(null, 'End', counts)).toBe(7);
  });

  it('goes up from the first row into the legend, and stops at either end', () => {
    expect(moveCursor(3, 'ArrowUp', counts)).toBe(2);
    expect(moveCursor(0, 'ArrowUp', counts)).toBe(0);
    expect(moveCursor(7, 'ArrowDown', counts)).toBe(7);
    expect(moveCursor(1, 'Home', counts)).toBe(3);
  });

  it('works without a legend (beside a lesson the key is shared) and keeps no cursor on an empty chart', () => {
    expect(moveCursor(null, 'ArrowDown', { legend: 0, rows: 2 })).toBe(0);
    expect(moveCursor(0, 'ArrowUp', { legend: 0, rows: 2 })).toBe(0);
    expect(moveCursor(null, 'ArrowDown', { legend: 0, rows: 0 })).toBeNull();
  });

  it('stays on its item when the chart is laid out again, else on the same place within the list', () => {
    expect(resolveCursor({ id: 'row:t2', at: 4 }, ['legend:cpu', 'row:loop', 'row:t0', 'row:t1', 'row:t2'])).toBe(4);
    expect(resolveCursor({ id: 'row:t2', at: 4 }, ['legend:cpu', 'legend:gil_wait', 'row:loop', 'row:t0', 'row:t1', 'row:t2'])).toBe(5);
    expect(resolveCursor({ id: 'row:t9', at: 9 }, ['legend:cpu', 'row:loop'])).toBe(1);
    expect(resolveCursor({ id: 'row:t9', at: 9 }, [])).toBeNull();
  });
});
