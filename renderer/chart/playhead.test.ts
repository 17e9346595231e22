import { describe, expect, it } from 'vitest';
import { createPlayhead } from './playhead';

describe('playhead', () => {
  it('tells subscribers when the time changes, and not when it is set to the same time', () => {
    const playhead = createPlayhead();
    const seen: (number | null)[] = [];
    const stop = playhead.subscribe(() => seen.push(playhead.time));
    playhead.set(10);
    playhead.set(10);
    playhead.set(null);
    stop();
    playhead.set(20);
    expect(seen).toEqual([10, null]);
    expect(playhead.time).toBe(20);
  });
});
