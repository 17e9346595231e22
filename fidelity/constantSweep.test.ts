/**
 * fidelity/README.md's table of GIL constants tried against the other host is what the engine,
 * copied with each set of constants (constantSweep.ts), gives now; and the copy changes only the
 * constants it is asked to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIDELITY_DIR } from './compare';
import { rewriteTiming, sweep, sweepMarkdown, SWEEP_KEY } from './constantSweep';
import { OTHER_HOST_DOC } from './otherHost';
import { textBetween } from './summary';

const timingSource = readFileSync(join(FIDELITY_DIR, '..', 'shared', 'engine', 'gilTiming.ts'), 'utf8');

describe('the sweep of GIL constants', () => {
  it('rewrites only the constants it is given, each to its new value', () => {
    const out = rewriteTiming(timingSource, { wakeMs: 0.05, starvedWinsAfterMs: 100 });
    const changed = out.split('\n').filter((line, i) => line !== timingSource.split('\n')[i]);
    expect(changed.map((l) => l.trim())).toEqual(['wakeMs: 0.05,', 'starvedWinsAfterMs: 100,']);
  });

  it('refuses a constant gilTiming.ts does not have, by name', () => {
    expect(() => rewriteTiming(timingSource, JSON.parse('{"noSuchMs": 1}') as Record<string, number>)).toThrow(/no line "noSuchMs: <number>,"/);
  });

  it(`${OTHER_HOST_DOC} has its current table (npx tsx fidelity/constantSweep.ts --write)`, async () => {
    const text = readFileSync(join(FIDELITY_DIR, '..', OTHER_HOST_DOC), 'utf8');
    expect(textBetween(text, SWEEP_KEY)).toBe(`\n${sweepMarkdown(await sweep())}\n`);
  });
});
