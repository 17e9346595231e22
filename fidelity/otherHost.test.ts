/**
 * fidelity/README.md's "Another host" table is computed (otherHost.ts) from the files in
 * measured-other-host/ and the engine: it fails when what is written is not what they give now.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIDELITY_DIR, loadMeasured, measuredNames } from './compare';
import { compareOtherHost, OTHER_HOST, OTHER_HOST_DOC, OTHER_HOST_KEY, otherHostMarkdown, otherHostNames } from './otherHost';
import { textBetween } from './summary';

describe('the scenarios measured on another host', () => {
  it('are scenarios of the reference, measured on the same stack', () => {
    const reference = measuredNames();
    for (const name of otherHostNames()) {
      expect(reference, name).toContain(name);
      expect(loadMeasured(name, FIDELITY_DIR, OTHER_HOST).versions.fastapi, name).toBe('0.92.0');
    }
  });

  it(`${OTHER_HOST_DOC} has their current comparison with the engine (npx tsx fidelity/otherHost.ts --write)`, () => {
    const text = readFileSync(join(FIDELITY_DIR, '..', OTHER_HOST_DOC), 'utf8');
    expect(textBetween(text, OTHER_HOST_KEY)).toBe(`\n${otherHostMarkdown(compareOtherHost())}\n`);
  });
});
