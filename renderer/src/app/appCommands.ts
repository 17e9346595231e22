/** The app's commands (not document edits): file, history, view, lessons, presentation. Names match contract.ts MENU_COMMANDS. */
import type { Dispatch, SetStateAction } from 'react';
import type { Viewport } from '../seams/chart';
import type { ChartView } from '../components/GanttPanel';
import type { Commands } from '../shell/useActions';
import type { DocumentController } from '../shell/useDocument';
import type { Presentation } from '../presentation/usePresentation';
import type { LoadedBuiltin } from '../seams/builtins';

export interface AppCommandDeps {
  doc: DocumentController;
  files: { open: () => Promise<void>; save: () => Promise<void>; saveAs: () => Promise<void> };
  /** Open Python…: the dialog to paste, drop or choose a FastAPI file (renderer/src/analyze). */
  openPython: () => void;
  /** The charts' time windows: one shared, or one per chart (useTimeAxes). Zoom and pan act on each. */
  viewports: readonly Viewport[];
  setView: Dispatch<SetStateAction<ChartView>>;
  toggleChef: () => void;
  toggleLessons: () => void;
  presentation: Presentation;
  /** A trace is open read-only in place of the document (renderer/src/trace). */
  traceOpen: boolean;
  /** The built-in scenarios the picker offers. */
  builtins: readonly LoadedBuiltin[];
}

/** Zoom step for buttons and keys: three presses ≈ 3.4×. */
const ZOOM_STEP = 1.5;
/** A or D moves the view by a tenth of what it shows (the chart's ← → do the same). */
const PAN_STEP = 0.1;

export function createAppCommands({ doc, files, openPython, viewports, setView, toggleChef, toggleLessons, presentation, traceOpen, builtins }: AppCommandDeps): Commands {
  const { playback } = presentation;
  const presenting = () => presentation.presenting;
  // While a trace is shown, the document is hidden: acting on it unseen (an undo, a save)
  // would surprise; say why nothing happened instead.
  const onDocument = (what: string, run: () => unknown) => () => {
    if (traceOpen) doc.announce(`A trace is open (read-only): close it to ${what} the document.`, 'error');
    else void run();
  };
  return {
    open: { label: 'Open…', shortcut: 'Mod+O', run: files.open },
    openPython: { label: 'Open Python…', shortcut: 'Mod+Shift+O', run: openPython },
    // A built-in replaces the document as opening a file does: one undo brings the last one back.
    openBuiltin: {
      label: 'Open a built-in scenario',
      run: (id) => {
        const builtin = builtins.find((b) => b.id === id);
        if (!builtin) throw new Error(`there is no built-in scenario called "${String(id)}".`);
        doc.load(builtin.scenario, null);
        doc.announce(`Loaded “${builtin.scenario.name}”. Ctrl+Z brings back the previous scenario.`);
      },
    },
    save: { label: 'Save', shortcut: 'Mod+S', run: onDocument('save', files.save) },
    saveAs: { label: 'Save as…', shortcut: 'Mod+Shift+S', run: onDocument('save', files.saveAs) },
    undo: { label: 'Undo', shortcut: 'Mod+Z', run: onDocument('undo changes to', doc.undo) },
    redo: { label: 'Redo', shortcut: 'Mod+Shift+Z', alsoShortcuts: ['Mod+Y'], run: onDocument('redo changes to', doc.redo) },
    // W/S zoom and A/D pan as in Perfetto and Chrome's Performance panel; + / − as in most apps.
    'view.zoomIn': { label: 'Zoom in', shortcut: 'Plus', alsoShortcuts: ['=', 'W'], run: () => viewports.forEach((v) => v.zoom(ZOOM_STEP)) },
    'view.zoomOut': { label: 'Zoom out', shortcut: '-', alsoShortcuts: ['S'], run: () => viewports.forEach((v) => v.zoom(1 / ZOOM_STEP)) },
    'view.panLeft': { label: 'Pan left', shortcut: 'A', run: () => viewports.forEach((v) => v.pan(-(v.end - v.start) * PAN_STEP)) },
    'view.panRight': { label: 'Pan right', shortcut: 'D', run: () => viewports.forEach((v) => v.pan((v.end - v.start) * PAN_STEP)) },
    'view.fit': { label: 'Fit whole timeline', shortcut: '0', run: () => viewports.forEach((v) => v.fit()) },
    'view.resources': { label: 'Show resources view', shortcut: 'R', run: () => setView('resources') },
    'view.requests': { label: 'Show requests view', shortcut: 'Q', run: () => setView('requests') },
    // H for the chef's hat: C is "Add CPU burst", and one key never means two things.
    'view.chef': { label: 'Chef mode', shortcut: 'H', run: toggleChef },
    'help.lessons': { label: 'Lessons', shortcut: 'L', run: toggleLessons },
    'view.presentation': { label: 'Present', shortcut: 'F', alsoShortcuts: ['Mod+Shift+P'], run: onDocument('present', presentation.toggle) },
    'view.exitPresentation': { label: 'Leave presentation', shortcut: 'Escape', enabled: presenting, run: presentation.leave },
    // Playback keys belong to presentation; elsewhere arrows and space keep their usual jobs.
    'playback.toggle': { label: 'Play / pause', shortcut: 'Space', enabled: presenting, run: playback.toggle },
    'playback.next': { label: 'Next event', shortcut: 'ArrowRight', alsoShortcuts: ['PageDown'], enabled: presenting, run: () => playback.step(1) },
    'playback.prev': { label: 'Previous event', shortcut: 'ArrowLeft', alsoShortcuts: ['PageUp'], enabled: presenting, run: () => playback.step(-1) },
  };
}
