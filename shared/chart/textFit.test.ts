import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './textFit';

describe('wrapping text to a width', () => {
  const width = textWidth('the quick brown fox', 20);

  it('keeps text that fits on one line', () => {
    expect(wrapText('a short title', width, 20)).toEqual(['a short title']);
  });

  it('breaks at spaces, every line within the width', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', width, 20, false, 3);
    expect(lines).toEqual(['the quick brown fox', 'jumps over the lazy', 'dog']);
    for (const line of lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(width);
  });

  it('ends the last line with an ellipsis when lines run out, still within the width', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', width, 20, false, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('the quick brown fox');
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidth(lines[1]!, 20)).toBeLessThanOrEqual(width);
  });

  it('cuts a word longer than a line', () => {
    const lines = wrapText('supercalifragilisticexpialidocious_and_more', width, 20);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('…')).toBe(true);
  });

  it('never parts a number from its unit: "2 ms" goes to the next line whole', () => {
    // A 480 px export's description: "… 100 ms database, 2" then "ms CPU." before.
    const lines = wrapText('Ten def requests: 2 ms CPU, 100 ms database, 2 ms CPU.', 432, 16, false, 3);
    expect(lines).toEqual(['Ten def requests: 2 ms CPU, 100 ms database,', '2 ms CPU.']);
  });
});
