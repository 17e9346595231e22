/** Replaces the toolbar while presenting: leave, playback, theme, chef mode, share (a QR code). Big targets for a clicker-holding teacher. */
import type { ActionManager } from '../actions/actionManager';
import type { ShellTheme } from '../persist/prefs';
import { ChefIcon } from '../chef/ChefKey';
import { formatShortcut } from '../actions/shortcuts';
import { PlaybackBar } from './PlaybackBar';
import type { Playback } from './usePlayback';

interface Props {
  actions: ActionManager;
  playback: Playback;
  theme: ShellTheme;
  onTheme: (theme: ShellTheme) => void;
  chef: boolean;
}

export function PresentationBar({ actions, playback, theme, onTheme, chef }: Props) {
  const highContrast = theme === 'high-contrast';
  const chefKey = formatShortcut(actions.get('view.chef')?.shortcut ?? '');
  return (
    <header className="presentation-bar">
      {/* The toolbar's heading goes with the toolbar; the page keeps one for screen readers. */}
      <h1 className="visually-hidden">LoopLab</h1>
      <button type="button" onClick={() => actions.dispatch('view.exitPresentation')} aria-keyshortcuts="Escape" title="Leave presentation (Esc)">
        Exit <kbd aria-hidden="true">Esc</kbd>
      </button>
      <PlaybackBar playback={playback} actions={actions} />
      <button type="button" aria-pressed={highContrast} onClick={() => onTheme(highContrast ? 'light' : 'high-contrast')}
        title="High contrast for a washed-out projector; off is the light theme">High contrast</button>
      <button type="button" className="chef-toggle" aria-pressed={chef} aria-keyshortcuts={chefKey} title={`Chef mode (${chefKey})`} onClick={() => actions.dispatch('view.chef')}>
        <ChefIcon name="chef" />Chef mode
      </button>
      {/* The share dialog's QR code, for the class to scan from the projector. */}
      <button type="button" onClick={() => actions.dispatch('share')} title="Share link: a QR code of this view or lesson for the class">Share</button>
    </header>
  );
}
