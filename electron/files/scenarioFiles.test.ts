import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, writeFile, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readScenarioFile, withScenarioExtension, MAX_SCENARIO_BYTES } from './scenarioFiles';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'looplab-read-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('readScenarioFile', () => {
  it('returns the path and the text', async () => {
    const path = join(dir, 's.looplab.json');
    await writeFile(path, '{"name":"s"}');
    expect(await readScenarioFile(path)).toEqual({ ok: true, file: { path, text: '{"name":"s"}' } });
  });

  it('refuses files larger than a scenario may be', async () => {
    const path = join(dir, 'huge.looplab.json');
    await writeFile(path, '');
    await truncate(path, MAX_SCENARIO_BYTES + 1);
    const result = await readScenarioFile(path);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('larger than') });
  });

  it('refuses folders and missing files with a sentence, not an exception', async () => {
    expect(await readScenarioFile(dir)).toEqual({ ok: false, error: expect.stringContaining('not a file') });
    expect(await readScenarioFile(join(dir, 'missing.json'))).toEqual({ ok: false, error: expect.stringContaining('ENOENT') });
  });
});

describe('withScenarioExtension', () => {
  it('adds .looplab.json to a bare name and keeps json names', () => {
    expect(withScenarioExtension('/x/demo')).toBe('/x/demo.looplab.json');
    expect(withScenarioExtension('/x/demo.looplab.json')).toBe('/x/demo.looplab.json');
    expect(withScenarioExtension('/x/demo.json')).toBe('/x/demo.json');
  });
});
