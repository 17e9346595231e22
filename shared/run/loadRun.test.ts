import { describe, expect, it } from 'vitest';
import { formatError } from '../scenario/errors';
import { parseRun, validateRun } from './loadRun';
import { RUN_LIMITS } from './runLimits';
import { blockingScenario, runOf } from './testRun';

const good = () => runOf(blockingScenario, [[101, 103, 102], [202, 204, 203], [12, 11, 13]]);
const problems = (value: unknown) => {
  const r = validateRun(value);
  return r.ok ? [] : r.errors.map(formatError);
};

describe('loading a run file', () => {
  it('accepts a run of its own scenario and keeps every figure', () => {
    const text = JSON.stringify(good());
    const r = parseRun(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.run.requests.map((q) => q.latency_ms)).toEqual([102, 203, 12]);
    expect(r.run.requests[2]!.latency_runs).toEqual([12, 11, 13]);
    expect(r.run.scenario.routes.map((x) => x.name)).toEqual(['report', 'ping']);
  });

  it('says where JSON syntax breaks', () => {
    const r = parseRun('{"format": "looplab-run",\n  "version": 1,,}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ line: 2 });
  });

  it('names a file that is not a run file', () => {
    expect(problems({ ...good(), format: 'chrome-trace' })).toEqual([
      'format: must be "looplab-run" (got the text "chrome-trace"): this is not a LoopLab run file (`looplab measure` writes one)',
    ]);
    // A JSON file of another kind: that one line, not one per key it has or lacks.
    expect(problems({ scenario: 'other.json', runs: [{ end_ms: 5 }], requests: [{ arrival_ms_median: 1 }] })).toEqual([
      'format: must be "looplab-run" (got nothing): this is not a LoopLab run file (`looplab measure` writes one)',
    ]);
    expect(problems([1, 2])[0]).toMatch(/^a run file must be a JSON object/);
  });

  it('reports every problem at once, each with its path', () => {
    const run = good() as unknown as Record<string, unknown>;
    const requests = run.requests as Record<string, unknown>[];
    requests[0]!.latency_runs = [101, 103]; // two runs where repeats says three
    requests[1]!.latency_ms = 150; // not the median
    requests[2]!.route = 'report'; // request 2 of the scenario is a ping
    requests[2]!.speed = 'fast';
    const found = problems({ ...run, environment: { python: 3.11 }, repeats: 3 });
    expect(found).toEqual(expect.arrayContaining([
      'environment.python: must be text or null: the Python version (got 3.11)',
      'requests[0].latency_runs: holds 2 latencies but "repeats" is 3 (one latency per timed run)',
      'requests[1].latency_ms: must be the median of latency_runs, 203 (got 150)',
      expect.stringMatching(/^requests\[2\]\.speed: unknown key/),
    ]));
  });

  it('checks the requests against the embedded scenario: count, order and routes', () => {
    const run = good();
    expect(problems({ ...run, requests: run.requests.slice(0, 2) })).toEqual([
      'requests: holds 2 requests but the scenario sends 3 (one measured request per simulated one)',
    ]);
    const swapped = { ...run, requests: [run.requests[0], { ...run.requests[2], id: 1 }, { ...run.requests[1], id: 2 }] };
    expect(problems(swapped)).toEqual([
      'requests[1].route: must be "report": request 1 of the scenario goes to that route (got "ping")',
      'requests[2].route: must be "ping": request 2 of the scenario goes to that route (got "report")',
    ]);
    expect(problems({ ...run, requests: [run.requests[1], run.requests[0], run.requests[2]] })).toEqual(expect.arrayContaining([
      "requests[0].id: must be 0: requests are listed in the simulation's id order (got 1)",
    ]));
  });

  it("reports the embedded scenario's problems under scenario.", () => {
    const run = good();
    const broken = { ...run, scenario: { ...run.scenario, routes: [{ name: 'report', kind: 'sync', steps: [{ await_io: 5 }] }] } };
    expect(problems(broken)).toEqual(expect.arrayContaining([expect.stringMatching(/^scenario\.routes\[0\]\.steps\[0\]\.await_io: /)]));
    expect(problems({ ...run, scenario: undefined })).toEqual(['scenario: is required (the scenario that was measured, as a scenario file holds it)']);
  });

  it('refuses negative or impossible figures', () => {
    const run = good();
    run.requests[0]!.latency_runs = [-1, 103, 102];
    expect(problems(run)).toEqual(expect.arrayContaining(['requests[0].latency_runs[0]: must not be negative: one timed run\'s latency (got -1)']));
    expect(problems({ ...good(), repeats: 0 })).toEqual(expect.arrayContaining(['repeats: must be at least 1 timed run']));
  });

  it('holds to its documented limits', () => {
    expect(parseRun(' '.repeat(RUN_LIMITS.maxTextChars + 1))).toEqual({ ok: false, errors: [{ path: '', message: expect.stringMatching(/more than the limit of 16,777,216 \(16 MB\)/) }] });
    const many = { ...good(), requests: new Array(RUN_LIMITS.maxRequests + 1).fill(0) };
    expect(problems(many)).toEqual(expect.arrayContaining(['requests: holds more than 10,000 requests (the limit of a run file)']));
    const r = good();
    const repeats = RUN_LIMITS.maxRepeats + 1;
    expect(problems({ ...r, repeats })).toEqual(expect.arrayContaining([`repeats: is above the limit of ${RUN_LIMITS.maxRepeats} timed runs`]));
  });
});
