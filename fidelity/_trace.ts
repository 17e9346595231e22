import { simulate } from '../shared/engine/simulate';
import { loadScenario } from './compare';
const name = process.argv[2]!; const from = Number(process.argv[3] ?? 0), to = Number(process.argv[4] ?? 1e9);
const t = simulate(loadScenario(name, process.env.DIR));
const rows = t.segments.filter((s) => s.lane !== null && s.end >= from && s.start <= to).sort((a, b) => a.start - b.start);
for (const s of rows) console.log(`${t.lanes[s.lane!]!.name.replace('worker 0 · ', '').padEnd(16)} r${String(s.request).padEnd(3)} ${s.state.padEnd(11)} ${s.start.toFixed(3).padStart(9)} ${s.end.toFixed(3).padStart(9)}`);
