import { describe, expect, it } from 'vitest';
import { createLatestOnly } from './latestOnly';

describe('latest only', () => {
  it('discards a slow older result that arrives after a newer request began', async () => {
    const latest = createLatestOnly();
    const shown: string[] = [];
    const run = async (name: string, delay: number) => {
      const ticket = latest.begin();
      await new Promise((r) => setTimeout(r, delay));
      if (ticket.isCurrent()) shown.push(name);
    };
    await Promise.all([run('old', 20), run('new', 1)]);
    expect(shown).toEqual(['new']);
  });
});
