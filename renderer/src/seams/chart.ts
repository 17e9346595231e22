// Seam: the Gantt chart (renderer/chart) — stub until createGantt lands.
export { createGantt, type Gantt } from '../stubs/gantt.stub';
export { createViewport, type Viewport } from '../../chart/viewport';
