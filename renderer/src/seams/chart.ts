// Seam: the Gantt chart (renderer/chart).
export { createGantt, createViewport, type Gantt, type Viewport, type ChartView } from '../../chart/gantt';
