/** Scratch: compare (and fit) the GIL timing against measured scenarios. */
import { agrees, compareScenario, measuredNames, verdictOf } from './compare';
import { GIL_TIMING } from '../shared/engine/gil';
const dirs = (process.env.FIT_DIRS ?? '').split(':').filter(Boolean);
const only = process.argv.slice(2);
for (const kv of (process.env.GIL ?? '').split(',').filter(Boolean)) {
  const [k, v] = kv.split('='); (GIL_TIMING as Record<string, number>)[k!] = Number(v);
}
let ok = 0, total = 0, reqOk = 0, reqTotal = 0, err = 0;
for (const dir of dirs.length ? dirs : [undefined]) {
  for (const name of measuredNames(dir)) {
    if (only.length && !only.some((o) => name.startsWith(o))) continue;
    const c = compareScenario(name, dir);
    const rows = verdictOf(c);
    total++; if (agrees(rows)) ok++;
    reqTotal += rows.length; reqOk += rows.filter((r) => r.agrees).length;
    for (const r of rows) err += Math.abs(Math.log((r.engine + 5) / (r.measured + 5)));
    if (!process.env.QUIET) console.log(`${agrees(rows) ? 'ok ' : 'OUT'} ${name}: ` + rows.map((r) => `${r.measured.toFixed(0)}/${r.engine.toFixed(0)}${r.agrees ? '' : '!'}`).join(' '));
  }
}
console.log(`${ok}/${total} scenarios, ${reqOk}/${reqTotal} requests, log error ${(err / reqTotal).toFixed(3)}  ${JSON.stringify(GIL_TIMING)}`);
