/** Stand-in for renderer/chart's createGantt: one plain SVG row per request, nothing more. */
import type { Scenario } from '../../../shared/scenario/types';
import type { Timeline } from '../../../shared/engine/timeline';
import type { Viewport } from '../../chart/viewport';

export interface GanttOptions {
  viewport: Viewport;
  title: string;
  onSelectRequest?: (id: number | null) => void;
  onHover?: (info: unknown) => void;
}
export interface GanttUpdate { view: 'resources' | 'requests'; chef: boolean; selectedRequest: number | null; theme: 'light' | 'dark' | 'high-contrast' }
export interface Gantt { update(scenario: Scenario, timeline: Timeline, options: GanttUpdate): void; destroy(): void }

const NS = 'http://www.w3.org/2000/svg';
const FILL: Record<string, string> = { cpu: '#0072B2', await_io: '#BFE3F7', blocking_io: '#D55E00', gil_wait: '#EBC3DC', token_wait: '#F7D48C', loop_wait: '#F0E442', process_wait: '#A8E0CB' };

export function createGantt(container: HTMLElement, options: GanttOptions): Gantt {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', options.title);
  svg.style.width = '100%';
  svg.style.height = '100%';
  container.append(svg);
  let last: Timeline | null = null;
  const draw = () => {
    if (!last) return;
    const w = container.clientWidth || 600;
    const rowH = 18;
    const { start, end } = options.viewport;
    const x = (t: number) => ((t - start) / (end - start || 1)) * w;
    svg.replaceChildren();
    for (const s of last.segments) {
      if (s.request < 0 || s.request > 200) continue;
      const r = document.createElementNS(NS, 'rect');
      r.setAttribute('x', String(x(s.start)));
      r.setAttribute('width', String(Math.max(1, x(s.end) - x(s.start))));
      r.setAttribute('y', String(s.request * rowH));
      r.setAttribute('height', String(rowH - 2));
      r.setAttribute('fill', FILL[s.state] ?? '#999');
      svg.append(r);
    }
  };
  const unsubscribe = options.viewport.subscribe(draw);
  return {
    update(_scenario, timeline) {
      last = timeline;
      options.viewport.setExtentFor(this, timeline.metrics.makespan);
      draw();
    },
    destroy() { unsubscribe(); options.viewport.setExtentFor(this, null); svg.remove(); },
  };
}
