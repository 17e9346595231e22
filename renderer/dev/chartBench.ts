/**
 * Chart draw benchmark page (driven by bench/render.bench.ts, or open /dev/chartBench.html).
 * Measures, with User Timing 'looplab:render', the chart's redraw after an edit
 * (layout + draw, the engine excluded) and the draw of each pan/zoom frame.
 */
import { simulate } from '../../shared/engine/simulate';
import { defaultServer, type Scenario } from '../../shared/scenario/types';
import { createGantt, createViewport, whenChartsDrawn, type ChartView } from '../chart/gantt';

function scenario(n: number): Scenario {
  return {
    name: `bench ${n}`, server: defaultServer({ cores: 4, workers: 2 }),
    routes: [{ name: 'report', kind: 'async', steps: [
      { cpu: 1, label: 'parse' }, { await_io: 30, label: 'await db.fetch()' },
      { gather: [[{ await_io: 10 }], [{ to_thread: [{ cpu: 2 }], pool: 'anyio' }]] }, { blocking_io: 1, label: 'log.write()' },
    ] }],
    requests: [{ route: 'report', at: 0, count: n, every: 2 }],
  };
}

const renders = () => performance.getEntriesByName('looplab:render', 'measure');
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] ?? NaN; };
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

export interface BenchRow { requests: number; view: ChartView; segments: number; editMs: number; panDrawMs: number; zoomDrawMs: number; frameMs: number }

async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const query = new URLSearchParams(location.search);
  const sizes = query.has('n') ? [Number(query.get('n'))] : [50, 1000, 10000];
  const views = (query.has('view') ? [query.get('view')] : ['resources', 'requests']) as ChartView[];
  for (const n of sizes) {
    const sc = scenario(n);
    const timeline = simulate(sc);
    for (const view of views) {
      const viewport = createViewport();
      const chart = createGantt(document.getElementById('chart')!, { viewport, title: `${n} requests`, onSelectRequest: () => {} });
      const edits: number[] = [];
      for (let i = 0; i < 7; i++) {
        performance.clearMeasures('looplab:render');
        chart.update(sc, { ...timeline }, { view, chef: false, selectedRequest: null, theme: 'light' }); // a new timeline object: relayout, as after an edit
        await new Promise<void>((resolve) => whenChartsDrawn(resolve));
        edits.push(renders().at(-1)!.duration);
        await nextFrame();
      }
      const frames = async (step: () => void) => {
        performance.clearMeasures('looplab:render');
        const stamps: number[] = [];
        for (let i = 0; i < 60; i++) { step(); stamps.push(await nextFrame()); }
        await nextFrame();
        const intervals = stamps.slice(1).map((t, i) => t - stamps[i]!);
        return { draw: median(renders().map((m) => m.duration)), frame: median(intervals) };
      };
      viewport.zoom(8, timeline.metrics.makespan / 2);
      const pan = await frames(() => viewport.pan((viewport.end - viewport.start) / 30));
      viewport.fit();
      let k = 0;
      const zoom = await frames(() => viewport.zoom(k++ < 30 ? 1.1 : 1 / 1.1, timeline.metrics.makespan / 3));
      rows.push({ requests: n, view, segments: timeline.segments.length, editMs: median(edits), panDrawMs: pan.draw, zoomDrawMs: zoom.draw, frameMs: Math.max(pan.frame, zoom.frame) });
      chart.destroy();
    }
  }
  return rows;
}

run().then(
  (rows) => {
    document.getElementById('out')!.textContent = JSON.stringify(rows, null, 1);
    Object.assign(window, { looplabBench: rows });
  },
  (error: unknown) => {
    document.getElementById('out')!.textContent = `the benchmark failed: ${String(error)}`;
  },
);
