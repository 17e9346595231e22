/** The app's commands (not document edits): file, history, view, zoom. Names match contract.ts MENU_COMMANDS. */
import type { Dispatch, SetStateAction } from 'react';
import type { Viewport } from '../seams/chart';
import type { ChartView } from '../components/GanttPanel';
import type { Commands } from '../shell/useActions';
import type { DocumentController } from '../shell/useDocument';

interface Deps {
  doc: DocumentController;
  files: { open(): Promise<void>; save(): Promise<void>; saveAs(): Promise<void> };
  viewport: Viewport;
  setView: Dispatch<SetStateAction<ChartView>>;
  setChef: Dispatch<SetStateAction<boolean>>;
  setPresenting: Dispatch<SetStateAction<boolean>>;
}

/** Zoom step for buttons and keys: three presses ≈ 3.4×. */
const ZOOM_STEP = 1.5;

export function useAppCommands({ doc, files, viewport, setView, setChef, setPresenting }: Deps): Commands {
  return {
    open: { label: 'Open…', shortcut: 'Mod+O', run: files.open },
    save: { label: 'Save', shortcut: 'Mod+S', run: files.save },
    saveAs: { label: 'Save as…', shortcut: 'Mod+Shift+S', run: files.saveAs },
    undo: { label: 'Undo', shortcut: 'Mod+Z', run: doc.undo },
    redo: { label: 'Redo', shortcut: 'Mod+Shift+Z', alsoShortcuts: ['Mod+Y'], run: doc.redo },
    'view.zoomIn': { label: 'Zoom in', shortcut: 'Plus', alsoShortcuts: ['='], run: () => viewport.zoom(ZOOM_STEP) },
    'view.zoomOut': { label: 'Zoom out', shortcut: '-', run: () => viewport.zoom(1 / ZOOM_STEP) },
    'view.fit': { label: 'Fit whole timeline', shortcut: '0', run: () => viewport.fit() },
    'view.resources': { label: 'Show resources view', shortcut: 'R', run: () => setView('resources') },
    'view.requests': { label: 'Show requests view', shortcut: 'Q', run: () => setView('requests') },
    'view.chef': { label: 'Chef mode', shortcut: 'M', run: () => setChef((c) => !c) },
    'view.presentation': { label: 'Present', shortcut: 'Mod+Shift+P', run: () => setPresenting((p) => !p) },
  };
}
