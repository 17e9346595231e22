import { describe, expect, it } from 'vitest';
import { validateScenario } from './load';
import { LIMITS } from './limits';
import { errorLines, validDoc } from './testDocs';

const withServer = (server: unknown) => ({ ...validDoc(), server });

describe('the server block', () => {
  it('may be left out, giving the documented defaults', () => {
    const result = validateScenario(validDoc());
    expect(result.ok && result.scenario.server).toEqual({
      cores: 2, workers: 1, threadpoolTokens: 40, executorThreads: 6, processPoolWorkers: 2, gil: true, switchIntervalMs: 5, warmPools: false, loopCpuPerRequestMs: 0.35,
    });
  });

  it('keeps every field given', () => {
    const server = { cores: 4, workers: 2, threadpoolTokens: 2, executorThreads: 3, processPoolWorkers: 1, gil: false, switchIntervalMs: 0.5, warmPools: true, loopCpuPerRequestMs: 0 };
    const result = validateScenario(withServer(server));
    expect(result.ok && result.scenario.server).toEqual(server);
  });

  it('must be an object', () => {
    expect(errorLines(withServer([]))).toEqual([expect.stringMatching(/^server: must be an object like \{"cores": 2, "workers": 1\} \(got a list/)]);
  });

  it('rejects unknown keys, suggesting the intended one', () => {
    expect(errorLines(withServer({ worker: 2 }))).toEqual([
      'server.worker: unknown key (did you mean "workers"? valid keys: cores, workers, threadpoolTokens, executorThreads, processPoolWorkers, gil, switchIntervalMs, loopCpuPerRequestMs, warmPools)',
    ]);
  });

  it.each([
    ['cores', LIMITS.cores],
    ['workers', LIMITS.workers],
    ['threadpoolTokens', LIMITS.threadpoolTokens],
    ['executorThreads', LIMITS.executorThreads],
    ['processPoolWorkers', LIMITS.processPoolWorkers],
  ] as const)('%s must be a whole number in its range', (field, range) => {
    expect(errorLines(withServer({ [field]: range.min }))).toEqual([]);
    expect(errorLines(withServer({ [field]: range.max }))).toEqual([]);
    for (const bad of [range.min - 1, range.max + 1, 1.5, Number.NaN, '2', null]) {
      expect(errorLines(withServer({ [field]: bad }))).toEqual([expect.stringMatching(new RegExp(`^server\\.${field}: (is above the limit: )?must be a whole number from ${range.min} to [0-9,]+: `))]);
    }
  });

  it('switchIntervalMs may be a fraction within 0.1 … 1000', () => {
    expect(errorLines(withServer({ switchIntervalMs: 0.1 }))).toEqual([]);
    expect(errorLines(withServer({ switchIntervalMs: 0.05 }))).toEqual([
      'server.switchIntervalMs: must be a number from 0.1 to 1,000: sys.getswitchinterval() in ms (default 5) (got 0.05)',
    ]);
    expect(errorLines(withServer({ switchIntervalMs: 1001 }))).toHaveLength(1);
  });

  it('gil must be true or false', () => {
    expect(errorLines(withServer({ gil: 'false' }))).toEqual([expect.stringMatching(/^server\.gil: must be true or false: .*got the text "false"/)]);
  });

  it('reports every bad field at once', () => {
    expect(errorLines(withServer({ cores: 0, workers: 65, gil: 1, extra: 1 }))).toHaveLength(4);
  });
});
