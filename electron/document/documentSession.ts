/**
 * What main knows about the open document, from the renderer's setDocumentState: enough to
 * prompt on close, to save without asking the renderer, and to autosave for recovery. Also the
 * set of paths main itself handed to the renderer: a save to any other path is treated as
 * "Save As", so a compromised page cannot make main write wherever it likes.
 */
import type { DocumentState } from '../ipc/channelPayloads';
import type { SaveResult } from '../../shared/ipc/contract';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export class DocumentSession {
  private current: DocumentState = { dirty: false, path: null, text: '' };
  private readonly granted = new Set<string>();

  get state(): Readonly<DocumentState> {
    return this.current;
  }

  update(state: DocumentState): void {
    this.current = state;
  }

  /** After a save main performed itself (close prompt): the document is now clean at `path`. */
  markSaved(path: string): void {
    this.grant(path);
    this.current = { ...this.current, dirty: false, path };
  }

  /** A path the user chose in a dialog, or a file main opened: the renderer may save to it. */
  grant(path: string): void {
    this.granted.add(path);
  }

  isGranted(path: string): boolean {
    return this.granted.has(path);
  }

  /** The file name for dialogs: "demo.looplab.json", or "Untitled" before the first save. */
  get displayName(): string {
    const path = this.current.path;
    return path === null ? 'Untitled' : path.split(/[\\/]/).pop() ?? path;
  }
}

/**
 * Before the document is replaced or the window closes: true when it is fine to go ahead.
 * Clean documents pass; dirty ones ask save / don't save / cancel, and a save that fails or is
 * canceled keeps the document open, so unsaved changes are never lost.
 */
export async function confirmDiscard(
  session: DocumentSession,
  ask: (documentName: string) => Promise<UnsavedChoice>,
  save: () => Promise<SaveResult>,
): Promise<boolean> {
  if (!session.state.dirty) return true;
  const choice = await ask(session.displayName);
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  const result = await save();
  return result.ok;
}

/**
 * Window-close bookkeeping: Electron's 'close' must be prevented synchronously, the prompt is
 * async, and a second close request while the prompt is open must not open a second prompt.
 */
export class CloseGuard {
  private allowed = false;
  private asking = false;

  constructor(private readonly confirm: () => Promise<boolean>, private readonly closeNow: () => void) {}

  /** Called from the window's 'close' event; returns true when the close may proceed now. */
  requestClose(): boolean {
    if (this.allowed) return true;
    if (!this.asking) {
      this.asking = true;
      void this.confirm()
        .catch(() => false) // a failing prompt keeps the window: losing work is worse
        .then((ok) => {
          this.asking = false;
          if (ok) {
            this.allowed = true;
            this.closeNow();
          }
        });
    }
    return false;
  }
}
