/**
 * Dev page for the chart alone (no shell): two charts, def and async def, sharing one
 * viewport. Serve with `npx vite --config renderer/vite.config.ts` and open /dev/chart.html.
 * Query: ?scenario=classroom|fixture|mixed&n=50&view=requests&theme=dark&chef=1&stacked=1&cursor=120
 */
import { simulate } from '../../shared/engine/simulate';
import type { Timeline } from '../../shared/engine/timeline';
import { defaultServer, type Route, type Scenario } from '../../shared/scenario/types';
import { createGantt, createViewport, type ChartTheme, type ChartView, type Gantt } from '../chart/gantt';
import { fixtureScenario, fixtureTimeline } from '../../shared/chart/fixtures';

const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 10);

/** The classroom example: one slow call in an async route blocks everyone. */
function classroom(kind: 'async' | 'sync', count: number): Scenario {
  const route: Route = {
    name: 'report', kind, steps: [
      { cpu: 5, label: 'parse request' },
      kind === 'async' ? { await_io: 60, label: 'await db.fetch(user_id)' } : { blocking_io: 60, label: 'db.fetch(user_id)' },
      { blocking_io: 40, label: 'requests.get(pdf_service)' },
      { cpu: 10, label: 'render json' },
    ],
  };
  return { name: `classroom ${kind}`, server: defaultServer({ cores: 2 }), routes: [route], requests: [{ route: 'report', at: 0, count, every: 15 }] };
}

/** Every step kind in an async route, next to its def version. */
function mixed(kind: 'async' | 'sync', count: number): Scenario {
  const asyncRoute: Route = {
    name: 'dashboard', kind: 'async', steps: [
      { cpu: 4, label: 'auth' },
      { gather: [[{ await_io: 40, label: 'await orders()' }], [{ to_thread: [{ cpu: 12, label: 'pandas summary' }], pool: 'anyio' }]] },
      { to_process: [{ cpu: 30, label: 'resize image' }] },
      { blocking_io: 15, label: 'time.sleep(0.015)' },
    ],
  };
  const syncRoute: Route = { name: 'dashboard', kind: 'sync', steps: [{ cpu: 4, label: 'auth' }, { blocking_io: 40, label: 'orders()' }, { cpu: 42, label: 'summary + resize' }, { blocking_io: 15, label: 'time.sleep(0.015)' }] };
  return { name: `mixed ${kind}`, server: defaultServer({ cores: 2, threadpoolTokens: 3 }), routes: [kind === 'async' ? asyncRoute : syncRoute], requests: [{ route: 'dashboard', at: 0, count, every: 8 }] };
}

function pair(): [Scenario, Timeline, Scenario, Timeline] {
  const which = params.get('scenario') ?? 'classroom';
  if (which === 'fixture') return [fixtureScenario, fixtureTimeline, fixtureScenario, fixtureTimeline];
  const make = which === 'mixed' ? mixed : classroom;
  const sync = make('sync', n);
  const async = make('async', n);
  return [sync, simulate(sync), async, simulate(async)];
}

const viewport = createViewport();
let selectedRequest: number | null = null;
let view = (params.get('view') ?? 'resources') as ChartView;
let theme = (params.get('theme') ?? 'light') as ChartTheme;
let chef = params.get('chef') === '1';
const [syncScenario, syncTimeline, asyncScenario, asyncTimeline] = pair();
if (params.get('stacked') === '1') document.getElementById('charts')!.classList.add('stacked');
document.body.style.background = theme === 'light' ? '#fff' : '#000';
document.body.style.color = theme === 'light' ? '#000' : '#fff';

const charts: Gantt[] = [];
const render = () => {
  const settings = { view, chef, selectedRequest, theme };
  charts[0]?.update(syncScenario, syncTimeline, settings);
  charts[1]?.update(asyncScenario, asyncTimeline, settings);
};
const onSelectRequest = (id: number | null) => { selectedRequest = id; render(); };
charts.push(createGantt(document.getElementById('left')!, { viewport, title: 'def version', onSelectRequest }));
charts.push(createGantt(document.getElementById('right')!, { viewport, title: 'async def version', onSelectRequest }));

function select(label: string, options: string[], value: string, onChange: (v: string) => void) {
  const wrap = document.createElement('label');
  wrap.textContent = `${label} `;
  const sel = document.createElement('select');
  for (const o of options) sel.add(new Option(o, o, o === value, o === value));
  sel.addEventListener('change', () => onChange(sel.value));
  wrap.appendChild(sel);
  document.getElementById('controls')!.appendChild(wrap);
}
select('View', ['resources', 'requests'], view, (v) => { view = v as ChartView; render(); });
select('Theme', ['light', 'dark', 'high-contrast'], theme, (v) => { theme = v as ChartTheme; render(); });
select('Names', ['plain', 'chef'], chef ? 'chef' : 'plain', (v) => { chef = v === 'chef'; render(); });
if (params.has('select')) selectedRequest = Number(params.get('select'));
if (params.has('zoom')) {
  const [a, b] = params.get('zoom')!.split(',').map(Number);
  viewport.show(a ?? 0, b ?? 100);
}
render();
if (params.has('zoom')) {
  const [a, b] = params.get('zoom')!.split(',').map(Number);
  viewport.show(a ?? 0, b ?? 100);
}
Object.assign(window, { looplabDev: { viewport, charts, render } });
