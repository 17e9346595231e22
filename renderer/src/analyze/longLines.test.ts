import { describe, expect, it } from 'vitest';
import { shownPart } from './longLines';

describe('long lines in the code panel', () => {
  it('draws a line within the length whole, with its runs', () => {
    expect(shownPart('x = 1', [{ from: 4, to: 5, kind: 'number' }], 10)).toEqual({ text: 'x = 1', runs: [{ from: 4, to: 5, kind: 'number' }], hidden: 0 });
  });

  it('cuts a longer line at the length and says how many characters are left out', () => {
    const line = `s = "${'a'.repeat(20)}"  # done`;
    const part = shownPart(line, [{ from: 4, to: 26, kind: 'string' }, { from: 28, to: line.length, kind: 'comment' }], 10);
    expect(part.text).toBe('s = "aaaaa');
    expect(part.hidden).toBe(line.length - 10);
    // The string's run ends at the cut; the comment past it is not drawn.
    expect(part.runs).toEqual([{ from: 4, to: 10, kind: 'string' }]);
  });

  it('cuts a line without highlighting too', () => {
    expect(shownPart('#'.repeat(1_100_000), undefined)).toEqual({ text: '#'.repeat(1000), runs: undefined, hidden: 1_099_000 });
  });
});
