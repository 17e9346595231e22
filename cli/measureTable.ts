/** `measure`'s report: measured against simulated, per request, then the percentiles and the headline. */
import type { RunComparison } from '../shared/run/compareRun';
import type { RunFile } from '../shared/run/runFile';

const ms = (x: number) => x.toFixed(1);
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;

export function environmentLine(run: RunFile): string {
  const e = run.environment;
  const stack = [
    e.python && `Python ${e.python}`,
    e.fastapi && `FastAPI ${e.fastapi}`,
    e.starlette && `Starlette ${e.starlette}`,
    e.uvicorn && `uvicorn ${e.uvicorn}`,
    e.anyio && `AnyIO ${e.anyio}`,
  ].filter(Boolean);
  const machine = [e.cores && `${e.cores} cores`, e.cpu].filter(Boolean).join(', ');
  return `${stack.join(', ')}${machine ? ` (${machine})` : ''}; ${run.repeats} timed run${run.repeats === 1 ? '' : 's'}`;
}

/** The headline (the app says "agree" where the table says "within"). */
export function agreementLine(c: RunComparison): string {
  return `${c.agreeing} of ${c.total} requests within max(15 ms, 15 %)`;
}

export function comparisonTable(c: RunComparison): string {
  const header = ['id', 'route', 'at', 'measured ms', 'min..max', 'simulated ms', 'diff', ''];
  const rows = c.requests.map((r) => [
    String(r.id), r.route, ms(r.measuredAt), ms(r.measuredMs), `${ms(r.minMs)}..${ms(r.maxMs)}`, ms(r.simulatedMs), signed(r.diffMs), r.agrees ? 'ok' : 'OUT',
  ]);
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((cells) => cells[i]!.length)));
  const lines = all.map((cells) => cells.map((cell, i) => (i === 1 || i === 7 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd());
  const pct = c.percentiles.map((p) => `p${p.p} ${ms(p.measured)} vs ${ms(p.simulated)}`).join('   ');
  return `${lines.join('\n')}\n\nlatency, measured vs simulated (ms): ${pct}\n${agreementLine(c)}\n`;
}
