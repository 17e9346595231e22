import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { scenarioPathFromArgv } from './argv';

describe('scenarioPathFromArgv', () => {
  const packaged = { cwd: '/home/ada', defaultApp: false };
  const dev = { cwd: '/home/ada', defaultApp: true };

  it('takes an absolute path given to the packaged app', () => {
    expect(scenarioPathFromArgv(['/opt/LoopLab/looplab', '/tmp/a.looplab.json'], packaged)).toBe('/tmp/a.looplab.json');
  });

  it('resolves a relative path against the launching directory', () => {
    expect(scenarioPathFromArgv(['looplab', 'demo.looplab.json'], packaged)).toBe(resolve('/home/ada', 'demo.looplab.json'));
  });

  it('skips the app folder in `electron .` and the switches Chromium adds', () => {
    const argv = ['/x/electron', '.', '--allow-file-access-from-files', '--original-process-start-time=1', 'b.LOOPLAB.JSON'];
    expect(scenarioPathFromArgv(argv, dev)).toBe(resolve('/home/ada', 'b.LOOPLAB.JSON'));
  });

  it('returns null when no file was passed', () => {
    expect(scenarioPathFromArgv(['/x/electron', '.'], dev)).toBeNull();
    expect(scenarioPathFromArgv(['looplab', '--inspect', 'notes.txt'], packaged)).toBeNull();
    expect(scenarioPathFromArgv([], packaged)).toBeNull();
  });
});
