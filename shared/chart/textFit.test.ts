import { describe, expect, it } from 'vitest';
import { balancedWrap, fitText, textWidth, wrapText } from './textFit';

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

describe('keeping code words together', () => {
  it('never parts async from def', () => {
    expect(wrapText('naive: everything async def', 432, 28, true, 3)).toEqual(['naive: everything', 'async def']);
  });
});

describe('balanced wrapping, for a title or a description on a slide', () => {
  it('leaves no word alone on the last line when the lines can share them', () => {
    expect(wrapText('asyncio.gather of three calls', 432, 28, true, 3)).toEqual(['asyncio.gather of three', 'calls']);
    expect(balancedWrap('asyncio.gather of three calls', 432, 28, true, 3)).toEqual(['asyncio.gather', 'of three calls']);
    expect(wrapText('async I/O, def for blocking, processes for CPU', 680, 28, true, 3)).toEqual(['async I/O, def for blocking, processes for', 'CPU']);
    expect(balancedWrap('async I/O, def for blocking, processes for CPU', 680, 28, true, 3)).toEqual(['async I/O, def for blocking,', 'processes for CPU']);
  });

  it('takes no more lines than plain wrapping, each within the width', () => {
    const text = 'Two def requests resize images in pool threads, holding the GIL; quick async health checks must win the GIL back every 5 ms and slow down.';
    for (const width of [432, 752, 1232]) {
      const plain = wrapText(text, width, 16, false, 6);
      const even = balancedWrap(text, width, 16, false, 6);
      expect(even).toHaveLength(plain.length);
      expect(even.join(' ')).toBe(plain.join(' '));
      for (const line of even) expect(textWidth(line, 16)).toBeLessThanOrEqual(width);
    }
  });

  it('keeps one line as it is, and text that had to be cut as plain wrapping cut it', () => {
    expect(balancedWrap('a short title', 432, 28, true, 3)).toEqual(['a short title']);
    const long = 'the quick brown fox jumps over the lazy dog';
    const width = textWidth('the quick brown fox', 20);
    expect(balancedWrap(long, width, 20, false, 2)).toEqual(wrapText(long, width, 20, false, 2));
  });
});

describe('the text-width estimate', () => {
  it('gives each letter its own width: digits and capitals more than lower case, a narrow i less', () => {
    expect(textWidth('0000', 15)).toBeGreaterThan(textWidth('oooo', 15));
    expect(textWidth('WORKER', 15)).toBeGreaterThan(textWidth('worker', 15));
    expect(textWidth('iiii', 15)).toBeLessThan(textWidth('oooo', 15) / 2);
    expect(textWidth('event loop', 15, true)).toBeGreaterThan(textWidth('event loop', 15));
  });

  it('counts a character it has no width for as a wide one, never as nothing', () => {
    expect(textWidth('厨', 15)).toBeGreaterThanOrEqual(textWidth('W', 15));
  });

  it('cuts text to fit with an ellipsis, the cut text within the width', () => {
    const cut = fitText('anyio thread 12 of the default pool', 100, 15);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 15)).toBeLessThanOrEqual(100);
    expect(fitText('WWWWWW', 30, 15)).toBe('');
  });
});
