// Seam: the Gantt chart (renderer/chart).
export { createGantt, createViewport, createPlayhead, whenChartsDrawn, type Gantt, type Viewport, type Playhead, type ChartView, type MeasuredOverlay, type BarHighlight, type HoverInfo } from '../../chart/gantt';
