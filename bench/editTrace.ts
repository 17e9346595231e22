/**
 * An edit's CPU read from a Chromium trace of it: what bench:ui and bench:ui:commit both count.
 * One reading for both, so that the two benches' figures mean the same thing.
 */

export interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } }

/** CPU time (ms) of one edit, from a trace of it: the main thread, and each engine worker, slowest first. */
export interface EditCpu { main: number; workers: number[] }

export function traceEvents(traceJson: Buffer): TraceEvent[] {
  return (JSON.parse(traceJson.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
}

/** A top-level task of a thread, with its CPU time. */
export function isCpuTask(e: TraceEvent): e is TraceEvent & { tdur: number } {
  return e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.tdur !== undefined;
}

/**
 * Per-thread CPU between the edit and its redraw, from a trace of Chromium's `toplevel`
 * tasks: every task that overlaps the window counts whole (the click's task begins just
 * before the edit's mark; a worker's task is its simulation). With two pages open in one
 * trace, only the renderer process that recorded the edit counts.
 */
export function editCpu(traceJson: Buffer): EditCpu | null {
  const events = traceEvents(traceJson);
  const threadName = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const marks = events.filter((e) => e.name === 'looplab:edit-to-redraw');
  if (marks.length === 0) return null;
  const pid = marks[0]!.pid;
  const from = Math.min(...marks.map((e) => e.ts));
  const to = Math.max(...marks.map((e) => e.ts + (e.dur ?? 0)));
  const cpu = new Map<string, number>();
  for (const e of events) {
    if (!isCpuTask(e) || e.pid !== pid) continue;
    if (e.ts + (e.dur ?? 0) < from || e.ts > to) continue;
    const thread = `${e.pid}:${e.tid}`;
    cpu.set(thread, (cpu.get(thread) ?? 0) + e.tdur / 1000);
  }
  let main = 0;
  const workers: number[] = [];
  for (const [thread, ms] of cpu) {
    const name = threadName.get(thread) ?? '';
    if (name === 'CrRendererMain') main += ms;
    else if (name.startsWith('DedicatedWorker')) workers.push(ms);
  }
  return { main, workers: workers.sort((a, b) => b - a) };
}
