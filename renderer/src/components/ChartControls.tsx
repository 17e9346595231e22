/**
 * Above the charts: the editor fold, which view, chef mode, server work, zoom, theme (on a short
 * row, server work and theme in a View menu). Pan and zoom also work on the charts.
 */
import type { ActionManager } from '../actions/actionManager';
import type { ChartView } from './GanttPanel';
import { CommandButton } from './Toolbar';
import { MenuButton, type MenuItem } from './MenuButton';
import { formatShortcut } from '../actions/shortcuts';
import { ChefIcon } from '../chef/ChefKey';
import { SHELL_THEMES, type ShellTheme } from '../persist/prefs';

interface Props {
  actions: ActionManager;
  view: ChartView;
  chef: boolean;
  theme: ShellTheme;
  onTheme: (theme: ShellTheme) => void;
  /** Whether the charts draw the server's own work (thin grey bars on the loop); a preference kept between visits. */
  serverWork: boolean;
  onToggleServerWork: () => void;
  /** The side column can fold away so the charts get the width (a projector, a small laptop). */
  sideOpen: boolean;
  onToggleSide: () => void;
}

/**
 * What the charts' gestures do, said exactly (interaction.ts), the way Perfetto and Chrome's
 * Performance panel work: Ctrl+wheel (or a pinch) zooms at the pointer, the wheel alone scrolls
 * the rows, Shift+wheel and dragging pan; W/S zoom and A/D pan from the keyboard.
 */
export const CHART_GESTURES = 'Zoom: Ctrl+wheel or W/S · Pan: drag, Shift+wheel or A/D · Wheel: scroll rows';

const THEME_NAMES: Record<ShellTheme, string> = { light: 'Light theme', dark: 'Dark theme', 'high-contrast': 'High contrast' };

const SERVER_WORK_TITLE = "The event loop's own work for each request (reading it, sending the response, starting a pool), drawn as thin grey bars. Unticked, they are not drawn; they still take their time.";

export function ChartControls({ actions, view, chef, theme, onTheme, serverWork, onToggleServerWork, sideOpen, onToggleSide }: Props) {
  const chefShortcut = actions.get('view.chef')?.shortcut;
  const chefKey = chefShortcut ? formatShortcut(chefShortcut) : undefined;
  // Where the row is too short for them (beside a lesson under 1280 px, layout.css), the server
  // work option and the theme are in this menu instead of the row; the CSS shows one or the other.
  const viewItems: MenuItem[] = [
    { label: 'Show server work', checked: serverWork, run: onToggleServerWork, title: SERVER_WORK_TITLE },
    ...SHELL_THEMES.map((t, k): MenuItem => ({ label: THEME_NAMES[t], checked: theme === t, group: 'Theme', separatorBefore: k === 0, run: () => onTheme(t) })),
  ];
  return (
    <div className="chart-controls" role="toolbar" aria-label="Chart">
      <button type="button" className="side-toggle" aria-expanded={sideOpen} aria-controls="side-panel" onClick={onToggleSide}
        title={sideOpen ? 'Fold the side panel: wider charts' : 'Show the side panel'}>
        <span aria-hidden="true">{sideOpen ? '◂' : '▸'}</span> <span className="side-toggle-word">Panel</span>
      </button>
      <div className="tool-group segmented" role="radiogroup" aria-label="View">
        {(['resources', 'requests'] as const).map((v) => (
          <label key={v} className={view === v ? 'is-selected' : ''}>
            <input type="radio" name="view" checked={view === v}
              onChange={() => actions.dispatch(v === 'resources' ? 'view.resources' : 'view.requests')} />
            {v === 'resources' ? 'Resources' : 'Requests'}
          </label>
        ))}
      </div>
      <button type="button" className="chef-toggle" aria-pressed={chef} aria-keyshortcuts={chefKey} title={`Chef mode: the same timeline told as a kitchen (${chefKey})`}
        onClick={() => actions.dispatch('view.chef')}>
        <ChefIcon name="chef" /><span className="chef-toggle-words">Chef mode</span><kbd aria-hidden="true">{chefKey}</kbd>
      </button>
      {/* A view option like the Performance panel's checkboxes: the bars go, the time they stand for stays in every figure. */}
      <label className="server-work-option" title={SERVER_WORK_TITLE}>
        <input type="checkbox" checked={serverWork} onChange={onToggleServerWork} /><span className="server-work-show">Show </span><span className="server-work-words">server work</span>
      </label>
      <div className="tool-group" role="group" aria-label="Zoom">
        <CommandButton actions={actions} name="view.zoomOut" icon="−" />
        <CommandButton actions={actions} name="view.zoomIn" icon="+" />
        <CommandButton actions={actions} name="view.fit" icon="Fit" />
      </div>
      {/* Where the row is short (beside a lesson at 1280 px) the picker shows an icon, not its
          choice (layout.css): still a select named Theme, its choice in its title and its options. */}
      <label className="theme-picker">
        <span className="visually-hidden">Theme</span>
        <span className="theme-icon" aria-hidden="true">◐</span>
        <select value={theme} title={`Theme: ${THEME_NAMES[theme]}`} onChange={(e) => onTheme(e.target.value as ShellTheme)}>
          {SHELL_THEMES.map((t) => <option key={t} value={t}>{THEME_NAMES[t]}</option>)}
        </select>
      </label>
      <MenuButton label="View" items={viewItems} className="chart-view-menu" />
      <p className="hint chart-hint" title={CHART_GESTURES}>{CHART_GESTURES}</p>
    </div>
  );
}
