/**
 * fidelity/run.py records, around each run of a scenario that can use several cores, how many
 * cores' worth of CPU the machine gave (looplab_measure.machine.parallel_probe). The probe runs
 * one burn per core from the same moment: on any machine it reports a positive capacity no
 * larger than its core count (with a margin for a timer's jitter), and leaves no process behind.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { measuringPython, NO_PYTHON_REASON, PACKAGE_DIR } from './testSupport';

const python = await measuringPython();

const PROBE = `
import multiprocessing, json
from looplab_measure.machine import parallel_probe
from looplab_measure.steps import calibrate
capacity = parallel_probe(calibrate(3, 20), ms=10.0, trials=3)
print(json.dumps({"capacity": capacity, "children": len(multiprocessing.active_children())}))
`;

const ALL_CORES_PROBE = `
import multiprocessing, json
from looplab_measure.machine import all_cores_speed_probe
from looplab_measure.steps import calibrate
slowdown = all_cores_speed_probe(calibrate(7, 20), ms=5.0, trials=3)
print(json.dumps({"slowdown": slowdown, "children": len(multiprocessing.active_children())}))
`;

describe.skipIf(python === undefined)(`the machine's parallel capacity probe ${python === undefined ? `(skipped: ${NO_PYTHON_REASON})` : ''}`, () => {
  it('reports between 0 and the core count, and leaves no process running', () => {
    const out = execFileSync(python!, ['-c', PROBE], { cwd: PACKAGE_DIR, encoding: 'utf8', timeout: 30_000 });
    const { capacity, children } = JSON.parse(out.trim().split('\n').pop()!) as { capacity: number; children: number };
    expect(capacity).toBeGreaterThan(0);
    expect(capacity).toBeLessThanOrEqual(availableParallelism() * 1.25);
    expect(children).toBe(0);
  });

  // The calibration runs on one core while Vitest's other files share the two, and the host
  // slows either core by up to about 2x for stretches (fidelity/README.md, "Why every core is
  // probed"): a calibration slowed that way makes the probe read fast (0.62 was seen with three
  // calibration rounds). Seven rounds make that rare, and a bound of one half still catches what
  // this test is for: a probe off by a unit or a factor, such as a trial timed against the
  // wrong amount of work.
  it('the all-cores speed probe reports a slowdown of at least about 1 (no core beats its calibration by half), and leaves no process running', () => {
    const out = execFileSync(python!, ['-c', ALL_CORES_PROBE], { cwd: PACKAGE_DIR, encoding: 'utf8', timeout: 30_000 });
    const { slowdown, children } = JSON.parse(out.trim().split('\n').pop()!) as { slowdown: number; children: number };
    expect(slowdown).toBeGreaterThan(0.5);
    expect(Number.isFinite(slowdown)).toBe(true);
    expect(children).toBe(0);
  });
});
