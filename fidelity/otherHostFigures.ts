/**
 * The figures fidelity/README.md ("Another host") and docs/model.md write in words about the
 * scenarios measured on another host, computed from fidelity/measured-other-host/, the reference
 * (measured/) and the engine replayed at this host's arrivals, as otherHost.ts compares them.
 * otherHostFigures.test.ts fails when a page no longer says one of them, with the phrase to write:
 * measuring again moves these medians, and figures typed by hand would go stale unseen.
 *
 *   npx tsx fidelity/otherHostFigures.ts     # print every phrase and where it belongs
 */
import { FIDELITY_DIR, loadMeasured, REFERENCE, verdictOf, type RequestComparison } from './compare';
import { agreeingScenarios, compareOtherHost, OTHER_HOST, type MeasuredFile, type OtherHostRow } from './otherHost';
import { median } from '../shared/run/loadRun';

export interface Quote {
  /** The page, from the repository's root. */
  doc: 'fidelity/README.md' | 'docs/model.md';
  /** What the figure is, for the failure message. */
  what: string;
  phrase: string;
}

const thousands = (x: number) => Math.round(x).toLocaleString('en-US');
/** "878–881", or one figure when both ends round alike. */
const span = (xs: readonly number[]) => {
  const [lo, hi] = [thousands(Math.min(...xs)), thousands(Math.max(...xs))];
  return lo === hi ? lo : `${lo}–${hi}`;
};
const tenth = (x: number) => x.toFixed(1);
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (x: number) => WORDS[Math.round(x)] ?? thousands(x);
const spanTenth = (xs: readonly number[]) => `${tenth(Math.min(...xs))}–${tenth(Math.max(...xs))}`;

interface Side {
  /** Median latency of each request, measured on this host. */
  here: RequestComparison[];
  /** The same requests against the reference's measurement. */
  reference: RequestComparison[];
}

const of = (rows: readonly RequestComparison[], route: string) => rows.filter((r) => r.route === route);
const measured = (rows: readonly RequestComparison[]) => rows.map((r) => r.measured);
const engine = (rows: readonly RequestComparison[]) => rows.map((r) => r.engine);

/** Request start times (medians, ms into the run) on a host. */
const starts = (name: string, dir: string, folder: string) =>
  [...loadMeasured(name, dir, folder).requests].sort((a, b) => a.id - b.id).map((q) => (q as { start_ms_median?: number }).start_ms_median ?? NaN);

/** "682 ms over 30 runs at 11:23 UTC": per window of measuring kept in the file (run.py --append), request `id`'s median latency. */
function perWindow(file: MeasuredFile, ids: readonly number[]): string[] {
  const windows = file.windows ?? [{ measured_at: '', kept: file.runs.length }];
  let first = 0;
  return windows.map((w) => {
    const runs = file.runs.slice(first, first + w.kept);
    first += w.kept;
    const latency = ids.map((id) => median(runs.map((r) => r.end_ms[id]! - r.arrival_ms[id]!)));
    const at = w.measured_at ? ` at ${new Date(w.measured_at).toISOString().slice(11, 16)} UTC` : '';
    return `${span(latency)} ms over ${runs.length} runs${at}`;
  });
}

/** Every one-core speed probe (before and after each kept run) of the files whose busy loop was pinned at `ipm`. */
function probes(rows: readonly OtherHostRow[], ipm: number): number[] {
  return rows.flatMap(({ file }) => file.cpu_iters_per_ms !== ipm ? []
    : file.runs.flatMap((r) => [r.slowdown].flat().filter((x): x is number => typeof x === 'number')));
}

export function otherHostQuotes(dir = FIDELITY_DIR): Quote[] {
  const rows = compareOtherHost(dir);
  const here = agreeingScenarios(rows.map((r) => r.here), verdictOf);
  const ref = agreeingScenarios(rows.map((r) => r.reference), verdictOf);
  const row = (name: string): OtherHostRow => {
    const found = rows.find((r) => r.name === name);
    if (!found) throw new Error(`otherHostFigures: ${name} was not measured on the other host`);
    return found;
  };
  const sides = (name: string): Side => ({ here: verdictOf(row(name).here), reference: verdictOf(row(name).reference) });

  const convoy = sides('k_gil_convoy');
  const convoyRoutes = { here: of(convoy.here, 'crunch'), reference: of(convoy.reference, 'crunch') };
  const convoyPings = { here: of(convoy.here, 'ping'), reference: of(convoy.reference, 'ping') };
  const two = sides('k2_gil_two_threads');
  const twoRoutes = { here: of(two.here, 'crunch'), reference: of(two.reference, 'crunch') };
  const one = sides('k1_gil_one_thread');
  const onePings = { here: of(one.here, 'ping'), reference: of(one.reference, 'ping') };
  const toThread = sides('w_to_thread_cpu_anyio');
  const cpuThenIo = sides('x_def_cpu_then_io').here;
  const cpuIo10 = sides('s_convoy_cpu_io_10').here;
  const pool = sides('u_process4_cold');
  const poolStartsHere = starts('u_process4_cold', dir, OTHER_HOST);
  const poolStartsRef = starts('u_process4_cold', dir, REFERENCE);
  const convoy10 = sides('s_convoy_10').here;
  const missed10 = convoy10.filter((r) => !r.agrees);

  // How many times as long the pool's second to fourth jobs wait behind the first here as there
  // (the workers' fork), in words, as both pages say it.
  const forkTimes = inWords((Math.min(...poolStartsHere.slice(1)) - poolStartsHere[0]!) / (Math.min(...poolStartsRef.slice(1)) - poolStartsRef[0]!));
  const first3 = convoyPings.here.slice(0, 3);
  const lastPing = convoyPings.here[convoyPings.here.length - 1]!;
  const fifthRef = convoyPings.reference[4]!;

  const probed = probes(rows, 53_000);
  const readme = 'fidelity/README.md' as const;
  const model = 'docs/model.md' as const;
  return [
    {
      doc: readme, what: 'the one-core speed probes of the kept runs at 53,000 iterations per ms: range and median',
      phrase: `the one-core probe read ${probed.length ? `${Math.min(...probed).toFixed(2)}–${Math.max(...probed).toFixed(2)} (median ${median(probed).toFixed(2)})` : 'nothing'}`,
    },
    {
      doc: readme, what: 's_convoy_10: the requests that miss here, measured against the engine',
      phrase: `\`s_convoy_10\` misses ${missed10.length === 1 ? 'its first request' : `${missed10.length} requests`} here, ` +
        `${missed10.map((r) => `${thousands(r.measured)} against the engine's ${thousands(r.engine)}`).join(', ')}`,
    },
    {
      doc: readme, what: 'w_to_thread_cpu_anyio: the jobs\' latencies here, on the reference and in the engine',
      phrase: `end at ${span(measured(toThread.here))} (\`w_to_thread_cpu_anyio\`; reference ${span(measured(toThread.reference))}, engine ${span(engine(toThread.here))})`,
    },
    {
      doc: readme, what: 'k_gil_convoy: the three routes here, on the reference and in the engine',
      phrase: `\`k_gil_convoy\` at ${span(measured(convoyRoutes.here))} (reference ${span(measured(convoyRoutes.reference))}, engine ${span(engine(convoyRoutes.here))})`,
    },
    {
      doc: readme, what: 'k2_gil_two_threads: the two routes here and on the reference',
      phrase: `\`k2_gil_two_threads\` at ${measured(twoRoutes.here).map(thousands).join(' and ')} (reference ${measured(twoRoutes.reference).map(thousands).join(' and ')})`,
    },
    {
      doc: readme, what: 'x_def_cpu_then_io and s_convoy_cpu_io_10: measured here against the engine',
      phrase: `\`x_def_cpu_then_io\` ${span(measured(cpuThenIo))} against ${span(engine(cpuThenIo))}, \`s_convoy_cpu_io_10\` ${span(measured(cpuIo10))} against ${span(engine(cpuIo10))}`,
    },
    {
      doc: readme, what: 'k1_gil_one_thread: the pings here, on the reference and in the engine',
      phrase: `the pings take ${span(measured(onePings.here))} where the reference's took ${span(measured(onePings.reference))} and the engine gives ${span(engine(onePings.here))}`,
    },
    {
      doc: readme, what: 'k_gil_convoy: the first three pings and the last here, the first and fifth on the reference, the engine\'s first and highest',
      phrase: `${span(measured(first3))} for the first three, falling to ${thousands(lastPing.measured)}; reference ` +
        `${thousands(convoyPings.reference[0]!.measured)}, rising to ${thousands(fifthRef.measured)} by the fifth; engine ` +
        `${thousands(convoyPings.here[0]!.engine)} rising to ${thousands(Math.max(...engine(convoyPings.here)))}`,
    },
    {
      doc: readme, what: 'u_process4_cold: when the jobs start here and on the reference, and their latencies here and in the engine',
      phrase: `starts its second to fourth jobs ${spanTenth(poolStartsHere.slice(1))} ms into the run, the first at ${tenth(poolStartsHere[0]!)} ` +
        `(reference ${spanTenth(poolStartsRef.slice(1))} and ${tenth(poolStartsRef[0]!)})` +
        `: forking the workers costs about ${forkTimes} times as long here, ` +
        `and the jobs end ${span(measured(pool.here))} ms after their requests (engine ${span(engine(pool.here))})`,
    },
    {
      doc: readme, what: 'k_gil_convoy: per window of measuring in its file, the first ping\'s median latency and the routes\'',
      phrase: `\`k_gil_convoy\`'s first ping took ${perWindow(row('k_gil_convoy').file, [convoyPings.here[0]!.id]).join(', then ')}; ` +
        `its routes ${perWindow(row('k_gil_convoy').file, convoyRoutes.here.map((r) => r.id)).join(', then ')}`,
    },
    {
      doc: model, what: 'how many scenarios and requests agree on this host, and scenarios on the reference',
      phrase: `There the engine agrees on ${here.scenarios} of the ${rows.length} (${here.requestsAgree} of ${here.requests} requests, replayed), against ${ref.scenarios} on the reference host`,
    },
    {
      doc: model, what: 'k_gil_convoy: the routes here and on the reference',
      phrase: `\`k_gil_convoy\` end at ${span(measured(convoyRoutes.here))} ms, not ${span(measured(convoyRoutes.reference))}`,
    },
    {
      doc: model, what: 'k_gil_convoy: the first three pings here and the first on the reference',
      phrase: `that scenario's first pings took ${span(measured(first3))} ms, not ${thousands(convoyPings.reference[0]!.measured)}`,
    },
    {
      doc: model, what: 'u_process4_cold: how many times as long forking the pool takes here',
      phrase: `forking a fresh process pool of four takes about ${forkTimes} times as long`,
    },
  ];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  for (const q of otherHostQuotes()) console.log(`${q.doc} — ${q.what}:\n  ${q.phrase}\n`);
}
