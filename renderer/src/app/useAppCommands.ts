/** The app's commands (not document edits): file, history, view, zoom. Named for the Electron menu. */
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
}

/** Zoom step for buttons and keys: three presses ≈ 3.4×. */
const ZOOM_STEP = 1.5;

export function useAppCommands({ doc, files, viewport, setView }: Deps): Commands {
  return {
    open: { label: 'Open…', shortcut: 'Mod+O', run: files.open },
    save: { label: 'Save', shortcut: 'Mod+S', run: files.save },
    saveAs: { label: 'Save as…', shortcut: 'Mod+Shift+S', run: files.saveAs },
    undo: { label: 'Undo', shortcut: 'Mod+Z', run: doc.undo },
    redo: { label: 'Redo', shortcut: 'Mod+Shift+Z', alsoShortcuts: ['Mod+Y'], run: doc.redo },
    zoomIn: { label: 'Zoom in', shortcut: 'Plus', alsoShortcuts: ['='], run: () => viewport.zoom(ZOOM_STEP) },
    zoomOut: { label: 'Zoom out', shortcut: '-', run: () => viewport.zoom(1 / ZOOM_STEP) },
    zoomFit: { label: 'Fit whole timeline', shortcut: '0', run: () => viewport.fit() },
    showResources: { label: 'Show resources view', shortcut: 'R', run: () => setView('resources') },
    showRequests: { label: 'Show requests view', shortcut: 'Q', run: () => setView('requests') },
  };
}
