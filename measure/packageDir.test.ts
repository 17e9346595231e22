import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pythonPackageDir } from './packageDir';

const measureDir = resolve(__dirname);
const root = resolve(__dirname, '..');

describe('finding the measuring package', () => {
  it('is measure/ when run from source', () => {
    expect(pythonPackageDir()).toBe(measureDir);
  });

  it('is found from the bundled command in dist/cli/chunks/', () => {
    expect(pythonPackageDir(join(root, 'dist', 'cli', 'chunks'))).toBe(measureDir);
  });

  it('says so when there is none', () => {
    expect(() => pythonPackageDir('/')).toThrow(/the measuring package \(looplab_measure\) is not beside \//);
  });
});
