import { describe, expect, it } from 'vitest';
import { buildRun, renumberWorkers, type MeasuredRun } from './buildRun';
import { validateRun } from './loadRun';
import { blockingScenario } from './testRun';

const routes = ['report', 'report', 'ping'];
const run = (pids: number[], sent: number[], ends: number[], other = 0.1): MeasuredRun => ({
  other_cores: other,
  requests: ends.map((end, id) => ({ id, sent_ms: sent[id]!, end_ms: end, start_ms: sent[id]! + 0.5, pid: pids[id]! })),
});

describe('a run file from what the Python measured', () => {
  it('numbers workers by first use, so runs on different pids compare', () => {
    expect(renumberWorkers([900, 901, 900])).toEqual([0, 1, 0]);
    expect(renumberWorkers([31, 30, 30])).toEqual([0, 1, 1]);
    expect(renumberWorkers([null, 7])).toEqual([null, 0]);
  });

  it('keeps one latency per run and takes their median; the worker is the most frequent pattern', () => {
    const measured = {
      environment: { python: '3.11.2', cores: 2 },
      iters_per_ms: null,
      runs: [
        run([10, 10, 10], [0.5, 0.6, 50.4], [101.5, 202.6, 161.4]),
        run([20, 21, 20], [0.7, 0.8, 50.6], [104.7, 204.8, 160.6], 1.234),
        run([30, 30, 30], [0.6, 0.7, 50.5], [102.6, 203.7, 170.5]),
      ],
    };
    const file = buildRun(blockingScenario, (id) => routes[id]!, measured, new Date('2026-01-02T03:04:05Z'));
    expect(file.requests.map((q) => q.latency_runs)).toEqual([[101, 104, 102], [202, 204, 203], [111, 110, 120]]);
    expect(file.requests.map((q) => q.latency_ms)).toEqual([102, 203, 111]);
    expect(file.requests.map((q) => q.at)).toEqual([0.6, 0.7, 50.5]);
    expect(file.requests.map((q) => q.worker)).toEqual([0, 0, 0]); // 2 of 3 runs used one worker
    expect(file).toMatchObject({ repeats: 3, measured_at: '2026-01-02T03:04:05.000Z', runs: [{ other_cores: 0.1 }, { other_cores: 1.23 }, { other_cores: 0.1 }] });
    expect(validateRun(file).ok).toBe(true);
  });
});
