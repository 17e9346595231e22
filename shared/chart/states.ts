/**
 * The one place that says how each timeline state looks and what it is called.
 * Every state has a colour AND a pattern, so the chart reads in greyscale, on a poor
 * projector and for colour-blind viewers (hues from the Okabe–Ito palette).
 * `chef` switches every name to the kitchen metaphor (chef mode).
 */
import type { LaneKind, SegmentState } from '../engine/timeline';

/** `print`: greyscale on white, told apart by pattern alone (papers, photocopies, e-ink). */
export type ChartTheme = 'light' | 'dark' | 'high-contrast' | 'print';

export const CHART_THEMES: readonly ChartTheme[] = ['light', 'dark', 'high-contrast', 'print'];

/** Drawn the same way on canvas (live chart) and as an SVG <pattern> (export). */
export type PatternKind = 'solid' | 'diagonal' | 'backdiagonal' | 'crosshatch' | 'dots' | 'horizontal' | 'vertical' | 'grid';

export interface StateStyle {
  /** Background colour of the bar. */
  fill: string;
  /** Colour of the pattern's lines or dots. */
  ink: string;
  pattern: PatternKind;
  /** Text colour readable on `fill`. */
  text: string;
}

export interface ThemeColours {
  background: string;
  text: string;
  mutedText: string;
  grid: string;
  rowStripe: string;
  loopRow: string;
  groupRule: string;
  /** The blocked-loop annotation: unmistakable, red. */
  blocked: string;
  blockedText: string;
  selection: string;
  cursor: string;
  chipBackground: string;
  barEdge: string;
}

const STATE_LOOK: Record<SegmentState, Omit<StateStyle, 'text'> & { darkText: boolean }> = {
  cpu: { fill: '#0072B2', ink: '#0072B2', pattern: 'solid', darkText: false },
  await_io: { fill: '#BFE3F7', ink: '#2B7BA8', pattern: 'dots', darkText: true },
  // Okabe–Ito vermillion: white text on it is 3.87:1, near-black 4.9:1 (WCAG asks 4.5:1 for bar labels).
  blocking_io: { fill: '#D55E00', ink: '#7A2E00', pattern: 'diagonal', darkText: true },
  gil_wait: { fill: '#EBC3DC', ink: '#8E3B70', pattern: 'crosshatch', darkText: true },
  token_wait: { fill: '#F7D48C', ink: '#8A5A00', pattern: 'horizontal', darkText: true },
  loop_wait: { fill: '#F0E442', ink: '#6B6300', pattern: 'backdiagonal', darkText: true },
  process_wait: { fill: '#A8E0CB', ink: '#006B4E', pattern: 'vertical', darkText: true },
  // The server's own work: a neutral grey grid, so the route's own CPU stays the one blue.
  server: { fill: '#D9D9D9', ink: '#5C5C5C', pattern: 'grid', darkText: true },
};

/** Greys far enough apart to survive a photocopier; the patterns do the real work. */
const PRINT_LOOK: Record<SegmentState, Omit<StateStyle, 'text'> & { darkText: boolean }> = {
  cpu: { fill: '#3A3A3A', ink: '#3A3A3A', pattern: 'solid', darkText: false },
  await_io: { fill: '#F2F2F2', ink: '#4D4D4D', pattern: 'dots', darkText: true },
  blocking_io: { fill: '#A6A6A6', ink: '#1A1A1A', pattern: 'diagonal', darkText: true },
  gil_wait: { fill: '#D9D9D9', ink: '#404040', pattern: 'crosshatch', darkText: true },
  token_wait: { fill: '#E6E6E6', ink: '#404040', pattern: 'horizontal', darkText: true },
  loop_wait: { fill: '#FFFFFF', ink: '#595959', pattern: 'backdiagonal', darkText: true },
  process_wait: { fill: '#C8C8C8', ink: '#262626', pattern: 'vertical', darkText: true },
  server: { fill: '#BFBFBF', ink: '#1A1A1A', pattern: 'grid', darkText: true },
};

const THEMES: Record<ChartTheme, ThemeColours> = {
  light: {
    background: '#FFFFFF', text: '#1A1A1A', mutedText: '#505050', grid: '#DADADA', rowStripe: '#F4F5F7',
    loopRow: '#EEF1F6', groupRule: '#8A8A8A', blocked: '#C00000', blockedText: '#FFFFFF',
    selection: '#000000', cursor: '#202020', chipBackground: '#FFFFFF', barEdge: '#FFFFFF',
  },
  dark: {
    background: '#17191D', text: '#F0F0F0', mutedText: '#B8B8B8', grid: '#3A3D44', rowStripe: '#1E2126',
    loopRow: '#242833', groupRule: '#8A8F99', blocked: '#FF4D4D', blockedText: '#17191D',
    selection: '#FFFFFF', cursor: '#F0F0F0', chipBackground: '#2A2D33', barEdge: '#17191D',
  },
  'high-contrast': {
    background: '#000000', text: '#FFFFFF', mutedText: '#FFFFFF', grid: '#7A7A7A', rowStripe: '#0D0D0D',
    loopRow: '#1A1A1A', groupRule: '#FFFFFF', blocked: '#FF3030', blockedText: '#000000',
    selection: '#FFFF00', cursor: '#FFFF00', chipBackground: '#000000', barEdge: '#000000',
  },
  print: {
    background: '#FFFFFF', text: '#000000', mutedText: '#404040', grid: '#D0D0D0', rowStripe: '#F7F7F7',
    loopRow: '#EFEFEF', groupRule: '#7A7A7A', blocked: '#000000', blockedText: '#FFFFFF',
    selection: '#000000', cursor: '#000000', chipBackground: '#FFFFFF', barEdge: '#FFFFFF',
  },
};

export function themeColours(theme: ChartTheme): ThemeColours {
  return THEMES[theme];
}

export function stateStyle(state: SegmentState, theme: ChartTheme): StateStyle {
  const look = (theme === 'print' ? PRINT_LOOK : STATE_LOOK)[state];
  // High contrast: pure black ink so every pattern stays visible whatever the fill.
  const ink = theme === 'high-contrast' && look.pattern !== 'solid' ? '#000000' : look.ink;
  return { fill: look.fill, ink, pattern: look.pattern, text: look.darkText ? '#111111' : '#FFFFFF' };
}

const PLAIN_STATE_NAMES: Record<SegmentState, string> = {
  cpu: 'CPU (holds the GIL)',
  await_io: 'awaited I/O (loop free)',
  blocking_io: 'blocking I/O',
  gil_wait: 'waiting for the GIL',
  token_wait: 'waiting for a thread',
  loop_wait: 'waiting for the loop',
  process_wait: 'waiting for a process',
  server: 'server work',
};

const CHEF_STATE_NAMES: Record<SegmentState, string> = {
  cpu: 'chopping',
  await_io: 'dish in the oven',
  blocking_io: 'standing at the oven',
  gil_wait: 'waiting for the knife',
  token_wait: 'waiting for a free helper',
  loop_wait: 'waiting for the chef',
  process_wait: 'waiting for a cook in another kitchen',
  server: 'taking orders',
};

export function stateName(state: SegmentState, chef: boolean): string {
  return (chef ? CHEF_STATE_NAMES : PLAIN_STATE_NAMES)[state];
}

const PLAIN_LANE_NAMES: Record<LaneKind, string> = {
  loop: 'event loop', anyio: 'anyio thread', executor: 'executor thread', process: 'pool process',
};
const CHEF_LANE_NAMES: Record<LaneKind, string> = {
  loop: 'chef', anyio: 'helper cook', executor: 'helper cook (executor)', process: "other kitchen's cook",
};

/** "event loop", "anyio thread 3" / "chef", "helper cook 3". The loop is one per worker, so it has no number. */
export function laneLabel(kind: LaneKind, index: number, chef: boolean): string {
  const base = (chef ? CHEF_LANE_NAMES : PLAIN_LANE_NAMES)[kind];
  return kind === 'loop' ? base : `${base} ${index}`;
}

export function workerLabel(worker: number, chef: boolean): string {
  return chef ? `kitchen ${worker}` : `worker ${worker}`;
}

export function requestNoun(chef: boolean): string {
  return chef ? 'order ticket' : 'request';
}

export function blockedLabel(chef: boolean): string {
  return chef ? 'chef stuck' : 'loop blocked';
}
