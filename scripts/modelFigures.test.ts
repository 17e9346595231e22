/**
 * docs/model.md's "measured → engine" figures are the engine's today. Each is computed as the
 * page says it was — the measured scenario replayed at its measured arrivals, as
 * fidelity/compare.ts compares them — and the page must quote it, so a rule change that moves
 * a figure fails here with the phrase to write instead (figures typed by hand went stale more
 * than once when the GIL's rules changed). The measured halves of the phrases come from
 * fidelity/measured/, so a new measurement shows here too. Where fidelity/README.md and the
 * known gaps' reasons (fidelity/knownGaps.ts) repeat one of these figures, they are held to it too.
 *
 * Checked elsewhere: the counts between the fidelity-count markers (fidelity/report.ts writes
 * them, fidelity/fidelity.test.ts checks them) and the hand-offs (fidelity/handoffs.test.ts).
 * Figures of engine variants (without hops, other GIL constants) need a scratch copy of the
 * engine with another constant, which no test can make: they were checked by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_EVENTS, simulate } from '../shared/engine/simulate';
import { GIL_TIMING } from '../shared/engine/gilTiming';
import { ACCEPT_HOPS } from '../shared/engine/eventLoop';
import { RESUME_HOPS } from '../shared/engine/readyQueue';
import { THREAD_START_MS } from '../shared/engine/startUp';
import { defaultServer, LOOP_CPU_PER_REQUEST_MS } from '../shared/scenario/types';
import { median } from '../shared/run/loadRun';
import type { Scenario } from '../shared/scenario/types';
import type { Timeline } from '../shared/engine/timeline';
import {
  agrees, compareScenario, FIDELITY_DIR, loadMeasured, loadScenario, replayAtMeasuredArrivals, tolerance, verdictOf,
  type Measured, type RequestComparison,
} from '../fidelity/compare';
import { engineHandoffs } from '../fidelity/handoffs';
import { KNOWN_GAPS } from '../fidelity/knownGaps';
import { expectQuotes, readDoc } from './docQuotes';

const model = readDoc('docs/model.md');
const says = (phrase: string) => expectQuotes(model, 'docs/model.md', phrase);

/** The engine's run of a measured scenario, each request sent at its measured median arrival. */
const replayed = (name: string, adjust: (s: Scenario) => Scenario = (s) => s, measured = loadMeasured(name)): Timeline =>
  simulate(adjust(replayAtMeasuredArrivals(loadScenario(name), measured)));
const engineEnds = (name: string) => replayed(name).requests.map((r) => r.end);
const measuredEnds = (name: string) => [...loadMeasured(name).requests].sort((a, b) => a.id - b.id).map((q) => q.end_ms_median);

// The page writes measured figures in whole ms, the engine's to a tenth.
const whole = (x: number) => String(Math.round(x));
const tenth = (x: number) => x.toFixed(1);
const list = (xs: number[], f: (x: number) => string) => xs.map(f).join(', ');
const span = (xs: number[], f: (x: number) => string) => `${f(Math.min(...xs))}–${f(Math.max(...xs))}`;
/** "202, 403 → 200.8, 401.2": every end, measured then the engine's. */
const endsPhrase = (name: string) => `${list(measuredEnds(name), whole)} → ${list(engineEnds(name), tenth)}`;

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (n: number) => NUMBER_WORDS[n] ?? String(n);

describe("docs/model.md quotes the engine's constants with their values", () => {
  const constants: Record<string, number> = { ...GIL_TIMING, RESUME_HOPS, ACCEPT_HOPS, DEFAULT_MAX_EVENTS };
  /** Every "`name` (value", "`name` = value" and "`name = value`" the page writes of a constant. */
  const quoted = [...model.matchAll(/`(?:GIL_TIMING\.)?(\w+)(?:` \(|` = | = )([0-9][0-9,]*(?:\.[0-9]+)?)/g)]
    .filter((m) => m[1]! in constants)
    .map((m) => ({ name: m[1]!, value: Number(m[2]!.replace(/,/g, '')) }));

  it('gives every constant it names the value the engine has', () => {
    expect(quoted.filter((q) => q.value !== constants[q.name])).toEqual([]);
    expect([...new Set(quoted.map((q) => q.name))].sort()).toEqual(Object.keys(constants).sort());
  });

  it("gives the scenario's defaults the engine runs with", () => {
    says(`\`switchIntervalMs\` (\`sys.getswitchinterval()\`, ${defaultServer().switchIntervalMs} ms)`);
    says(`\`server.loopCpuPerRequestMs\` (default ${LOOP_CPU_PER_REQUEST_MS} ms)`);
    says(`${THREAD_START_MS} ms per new thread`);
  });
});

describe("docs/model.md quotes the engine's figures as the engine gives them today", () => {
  it('accept: a burst on one worker sends the others to the idle one; blocking requests split between two idle workers', () => {
    const [, ...afterBurst] = engineEnds('h_workers2_cpu_then_io');
    says(`(\`h_workers2_cpu_then_io\`: ${list(measuredEnds('h_workers2_cpu_then_io').slice(1), whole)} → ${span(afterBurst, tenth)})`);
    says(`(\`g_workers2_blocking\`: ${endsPhrase('g_workers2_blocking')}, replayed at their measured arrivals)`);
  });

  it('iteration: blocking calls on the loop serialise, awaited ones overlap, CPU bursts queue', () => {
    const a = engineEnds('a_async_blocking');
    says(`(\`a_async_blocking\`: ${list(measuredEnds('a_async_blocking'), whole)} → ${tenth(a[0]!)} … ${tenth(a.at(-1)!)})`);
    says(`(\`b_async_await\`: ${span(measuredEnds('b_async_await'), whole)} → ${span(engineEnds('b_async_await'), tenth)})`);
    says(`(\`q_async_cpu_loop\`: ${endsPhrase('q_async_cpu_loop')})`);
  });

  it('hops: a ping beside one CPU-bound thread, and pings alone', () => {
    const k1 = loadMeasured('k1_gil_one_thread');
    const pingIds = k1.requests.filter((q) => q.route === 'ping').map((q) => q.id);
    const measuredPings = k1.runs.flatMap((run) => pingIds.map((id) => run.end_ms[id]! - run.arrival_ms[id]!));
    const enginePings = replayed('k1_gil_one_thread').requests.filter((r) => r.route === 'ping').map((r) => r.latency);
    says(`takes ${tenth(median(measuredPings))} ms (median, \`k1_gil_one_thread\`); the engine gives ${span(enginePings, tenth)}`);
    says(`(\`k0_ping_baseline\`: ${whole(measuredEnds('k0_ping_baseline')[0]!)} → ${tenth(engineEnds('k0_ping_baseline')[0]!)})`);
  });

  it('anyio-tokens: LIFO waiters, the latecomer first, a token held by a blocked loop, the second yield', () => {
    says(`end **${list(measuredEnds('d_tokens2'), whole)}** (\`d_tokens2\`; engine ${list(engineEnds('d_tokens2'), tenth)})`);
    says(`(\`d2_token_order\`): ${endsPhrase('d2_token_order')}`);
    says(`(\`n_token_return\`: ${endsPhrase('n_token_return')})`);
    says(`(\`m2_checkpoint_batch\`: ${endsPhrase('m2_checkpoint_batch')})`);
  });

  it('executor: six executor threads, then the other two; two processes, then the third job', () => {
    const m = measuredEnds('l_executor');
    const e = engineEnds('l_executor');
    says(`six end at ${span(m.slice(0, 6), whole)}, two at ${span(m.slice(6), whole)} (\`l_executor\` → ${span(e.slice(0, 6), tenth)}, ${span(e.slice(6), tenth)})`);
    says(`${list(measuredEnds('p_process_queue'), whole)} (\`p_process_queue\` → ${list(engineEnds('p_process_queue'), tenth)})`);
  });

  it('gil: three to_thread jobs of CPU take turns and end together', () => {
    const name = 'w_to_thread_cpu_anyio';
    const [m0, m1, m2] = measuredEnds(name).map(whole);
    says(`${m0}, ${m1} and ${m2} (\`${name}\`; the engine, replayed at the measured arrivals: ${list(engineEnds(name), whole)} today`);
  });

  it('gil-handoff: two CPU-bound def routes sent together pay a wake-up at each forced switch; the def convoys agree', () => {
    const together = simulate(loadScenario('e_sync_cpu'));
    expect(loadScenario('e_sync_cpu').requests, 'e_sync_cpu sends its two requests together').toEqual([{ route: 'crunch', at: 0, count: 2, every: 0 }]);
    says(`(\`e_sync_cpu\`: ${list(measuredEnds('e_sync_cpu'), whole)}; engine ${list(together.requests.map((r) => r.end), tenth)} sent together`);
    says('`s_convoy_mixed_10` and `s_convoy_cpu_io_10` now agree on every request');
    for (const name of ['s_convoy_mixed_10', 's_convoy_cpu_io_10']) expect(agrees(verdictOf(compareScenario(name))), name).toBe(true);
  });

  it("start-up: twenty def routes' handlers start one by one as the loop lets the GIL go, within the tolerance", () => {
    const starts = (name: string) => span(engineHandoffs(replayed(name)).map((h) => h.body! - h.arrival!), tenth);
    says(`${starts('v_threads20_warm')} ms after they were sent on a warm server and ${starts('v_threads20_cold')} ms on a fresh one`);
    says("Every request's latency stays within the tolerance.");
    for (const name of ['v_threads20_warm', 'v_threads20_cold']) expect(agrees(verdictOf(compareScenario(name))), name).toBe(true);
  });

  it('cores: two processes on two cores end together', () => {
    says(`(\`f_to_process\`: ${endsPhrase('f_to_process')};`);
  });

  it('cores: four processes on two cores, warm and cold, agree with runs judged on every core', () => {
    says(`(\`u_process4_warm\`: ${endsPhrase('u_process4_warm')}, ${loadMeasured('u_process4_warm').repeats} runs)`);
    says(`(\`u_process4_cold\`: ${endsPhrase('u_process4_cold')}, ${loadMeasured('u_process4_cold').repeats} runs)`);
    for (const name of ['u_process4_warm', 'u_process4_cold']) {
      expect(agrees(verdictOf(compareScenario(name))), name).toBe(true);
      expect(KNOWN_GAPS[name], name).toBeUndefined();
    }
  });

  describe('not reproduced', () => {
    const pings = (name: string) => verdictOf(compareScenario(name)).filter((r) => r.route === 'ping');
    const convoys = ['k2_gil_two_threads', 'k_gil_convoy'].map((name) => ({ name, pings: pings(name), measured: loadMeasured(name) }));
    /** The measured latencies of one request, fastest first. */
    const runsOf = (measured: Measured, r: RequestComparison) =>
      measured.runs.map((run) => run.end_ms[r.id]! - run.arrival_ms[r.id]!).sort((a, b) => a - b);
    const slowerThan = (measured: Measured, r: RequestComparison) => runsOf(measured, r).filter((x) => x < r.engine).length;

    it("convoys: the engine's first pings are slow, and which pings outside the tolerance are the runs' luck", () => {
      const [k2, convoy] = convoys;
      const first = convoys.map((c) => c.pings[0]!);
      expect(whole(first[0]!.engine), 'the first ping takes as long beside two and three CPU-bound threads').toBe(whole(first[1]!.engine));
      const k2First = runsOf(k2!.measured, first[0]!);
      says(`the first ping of \`${k2!.name}\` took ${whole(k2First[0]!)} to ${whole(k2First[k2First.length - 1]!)} ms over ${k2!.measured.runs.length} runs`);
      says(`(${whole(first[0]!.engine)} ms, slower than ${slowerThan(k2!.measured, first[0]!)} of the ${k2!.measured.runs.length} runs of \`${k2!.name}\` and ${slowerThan(convoy!.measured, first[1]!)} of the ${convoy!.measured.runs.length} of \`${convoy!.name}\`)`);
      const outside = convoys.flatMap((c) => c.pings.filter((r) => !r.agrees).map((r) => ({ ...c, r })));
      // Among the middle values: the engine between the runs' middle two, where another set of runs could put the median.
      const middle = outside.filter(({ measured, r }) => slowerThan(measured, r) === Math.ceil(measured.runs.length / 2));
      expect(middle.map((o) => o.name), 'the middle values are all of one scenario').toEqual(middle.map(() => convoy!.name));
      says(`Of the ${inWords(outside.length)} pings outside the tolerance, ${inWords(middle.length)} (${middle.map((o) => `\`${o.name}\` #${o.r.id}`).join(', ')}) falls among the runs' middle`);
      const shown = middle[0]!;
      const runs = runsOf(shown.measured, shown.r);
      says(`values (${whole(shown.r.engine)} ms, where the 5th and 6th fastest runs took ${whole(runs[4]!)} and ${whole(runs[5]!)})`);
      // The engine's own: the first pings, and the convoy's last ping.
      const own = outside.filter((o) => !middle.includes(o));
      const last = own.filter(({ r, measured }) => r.id === measured.requests.length - 1);
      expect(own.length, 'every ping outside the tolerance is accounted for').toBe(first.filter((f) => !f.agrees).length + last.length);
      expect(last.map((o) => o.name)).toEqual([convoy!.name]);
      const lastSlower = slowerThan(convoy!.measured, last[0]!.r);
      says(`The other ${inWords(own.length)} are the engine's own: its first ping in both (${whole(first[0]!.engine)} ms) and the last of \`${convoy!.name}\` (${whole(last[0]!.r.engine)} ms, slower than ${inWords(lastSlower)} of the nine runs)`);
      // The expected failures' reasons say the same.
      const why = (name: string) => KNOWN_GAPS[name]!.why;
      expectQuotes(why(convoy!.name), `knownGaps.ts (${convoy!.name})`, `the first ping (slower than ${inWords(slowerThan(convoy!.measured, first[1]!))} of the nine runs) and the last (slower than ${inWords(lastSlower)})`);
      expectQuotes(why(k2!.name), `knownGaps.ts (${k2!.name})`, `the first ping (${whole(first[0]!.engine)} ms, slower than ${slowerThan(k2!.measured, first[0]!)} of the ${k2!.measured.runs.length} runs, whose first ping took ${whole(k2First[0]!)} to ${whole(k2First[k2First.length - 1]!)} ms): ${(Math.abs(first[0]!.engine - first[0]!.measured) - tolerance(first[0]!.measured)).toFixed(1)} ms outside the ${tenth(tolerance(first[0]!.measured))} ms allowed around their median of ${whole(first[0]!.measured)}`);
      for (const c of convoys) expectQuotes(why(c.name), `knownGaps.ts (${c.name})`, `the engine gives the loop the GIL after a fixed ${GIL_TIMING.starvedWinsAfterMs} ms wait`);
    });

    it('convoys: 99 runs of two CPU-bound threads, against which the engine agrees on more pings', () => {
      const name = 'k2_gil_two_threads';
      const loaded = JSON.parse(readFileSync(join(FIDELITY_DIR, 'measured-loaded', `${name}.json`), 'utf8')) as Measured;
      const engine = replayed(name, (s) => s, loaded).requests;
      const rows = loaded.requests.filter((q) => q.route === 'ping').map((q) => {
        const measured = median(loaded.runs.map((run) => run.end_ms[q.id]! - run.arrival_ms[q.id]!));
        return { measured, engine: engine[q.id]!.latency, agrees: Math.abs(engine[q.id]!.latency - measured) <= tolerance(measured) };
      });
      const agreeing = rows.filter((r) => r.agrees).length;
      says(`${loaded.runs.length} runs of \`${name}\``);
      says(`the engine agrees with them on ${agreeing} of its ${rows.length} pings`);
      const readme = readDoc('fidelity/README.md');
      const committed = convoys[0]!.pings;
      expectQuotes(readme, 'fidelity/README.md', `the engine agrees on ${agreeing} of the ${rows.length} pings, where it agrees on ${committed.filter((r) => r.agrees).length} of ${committed.length} against the ${convoys[0]!.measured.runs.length} committed runs`);
      const [firstPing] = rows;
      expectQuotes(readme, 'fidelity/README.md', `its first ping (${whole(firstPing!.engine)} ms) is ${whole(firstPing!.engine - firstPing!.measured)} ms slower than their median (${whole(firstPing!.measured)} ms; ${tenth(tolerance(firstPing!.measured))} ms allowed)`);
      const cpuBound = engine.filter((r) => r.route !== 'ping').map((r) => r.end);
      expectQuotes(readme, 'fidelity/README.md', `and the engine at ${span(cpuBound, (x) => Math.round(x).toLocaleString('en-US')).replace(/^(.+)–\1$/, '$1')}`);
    });

    const workersOf = (t: Timeline) => new Set(t.requests.map((r) => r.worker)).size;

    it('both idle workers: a batch at one instant goes to one worker, the measured arrivals split', () => {
      says('The engine puts a batch that arrives at one instant on one worker');
      expect(workersOf(simulate(loadScenario('g_workers2_blocking')))).toBe(1);
      says('the engine splits them as the real stack usually does');
      expect(workersOf(replayed('g_workers2_blocking'))).toBe(2);
    });

    it('a light load stays on one worker in the engine, with the measured end times', () => {
      says('the engine keeps them on the most recently idle worker');
      expect(workersOf(replayed('o_workers2_light'))).toBe(1);
      const [m0, m1] = measuredEnds('o_workers2_light').map(whole);
      const [e0, e1] = engineEnds('o_workers2_light').map(tenth);
      says(`End times are the same (${m0}, ${m1}, … → ${e0}, ${e1}, …)`);
    });

    it('back-to-back arrivals at an idle loop: within the tolerance', () => {
      expect(verdictOf(compareScenario('m_checkpoint')).every((r) => r.agrees)).toBe(true);
      says(`${list(measuredEnds('m_checkpoint'), whole)} measured → ${list(engineEnds('m_checkpoint'), tenth)} in the engine, within tolerance`);
    });

    it('four def routes of CPU sent together: the first request just outside the tolerance', () => {
      const [first] = verdictOf(compareScenario('x_def_cpu_then_io'));
      says(`${tenth(first!.engine)} ms, measured ${whole(first!.measured)} [${whole(first!.measuredMin)}..${whole(first!.measuredMax)}] (${tenth(first!.measured - tolerance(first!.measured))} would agree)`);
    });
  });
});
