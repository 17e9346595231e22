/**
 * What the Electron host does for each message of the contract, and for the files main opens
 * on its own (argv, double-click, recent files, recovery). Electron itself stays outside: the
 * dialogs and the channel back to the page are injected, so this is tested under plain Node.
 */
import type { HostDocument, OpenedFile, SaveResult, SimulateResult } from '../shared/ipc/contract';
import type { SimulateOptions } from '../shared/engine/timeline';
import type { DocumentState } from './ipc/channelPayloads';
import { atomicWrite } from './files/atomicWrite';
import { readPythonFile, readRunFile, readScenarioFile, withScenarioExtension, type ReadOutcome } from './files/scenarioFiles';
import type { RecentFiles } from './files/recentFiles';
import type { RecoverySnapshot, RecoveryStore } from './files/recoveryStore';
import { confirmDiscard, type DocumentSession, type UnsavedChoice } from './document/documentSession';

/** The native dialogs main shows; main.ts implements them with Electron's dialog module. */
export interface NativeDialogs {
  chooseScenarioToOpen: () => Promise<string | null>;
  /** A real run to compare with: RUN.json or OpenTelemetry JSON Lines. */
  chooseRunToOpen: () => Promise<string | null>;
  /** A FastAPI app's Python file (.py) to read its routes from. */
  choosePythonToOpen: () => Promise<string | null>;
  chooseSavePath: (suggestedName: string, purpose: 'scenario' | 'export') => Promise<string | null>;
  askUnsavedChanges: (documentName: string) => Promise<UnsavedChoice>;
  askRestore: (snapshot: RecoverySnapshot) => Promise<boolean>;
  showError: (message: string) => void;
}

export interface HostServiceDeps {
  dialogs: NativeDialogs;
  engine: { simulate: (scenario: unknown, options?: SimulateOptions) => Promise<SimulateResult> };
  session: DocumentSession;
  recent: RecentFiles;
  recovery: RecoveryStore;
  /** Hands a document to the page (queued by main.ts until the page listens). */
  sendDocument: (document: HostDocument) => void;
  /** The recent list changed: rebuild the menu. */
  recentChanged: () => void;
}

export class HostService {
  constructor(private readonly deps: HostServiceDeps) {}

  simulate(scenario: unknown, options?: SimulateOptions): Promise<SimulateResult> {
    return this.deps.engine.simulate(scenario, options);
  }

  /** A scenario is a document: once read, it joins the recent list. */
  async openScenario(): Promise<OpenedFile | null> {
    const file = await this.chooseAndRead(() => this.deps.dialogs.chooseScenarioToOpen(), readScenarioFile);
    if (file !== null) await this.remember(file.path);
    return file;
  }

  /** A run file is read for the page to check; it is not a document, so it joins no recent list. */
  openRun(): Promise<OpenedFile | null> {
    return this.chooseAndRead(() => this.deps.dialogs.chooseRunToOpen(), readRunFile);
  }

  /** Python is read for the page to analyse; it is not a document (the scenario made from it is), so it joins no recent list. */
  openPython(): Promise<OpenedFile | null> {
    return this.chooseAndRead(() => this.deps.dialogs.choosePythonToOpen(), readPythonFile);
  }

  /** The user picks a file and main reads it within its kind's size limit; null when cancelled or unreadable (the error shown). */
  private async chooseAndRead(choose: () => Promise<string | null>, read: (path: string) => Promise<ReadOutcome>): Promise<OpenedFile | null> {
    const path = await choose();
    if (path === null) return null;
    const outcome = await read(path);
    if (!outcome.ok) {
      this.deps.dialogs.showError(outcome.error);
      return null;
    }
    return outcome.file;
  }

  async saveScenario(text: string, path: string | null, suggestedName: string): Promise<SaveResult> {
    // Only a path main handed out is saved to silently; anything else goes through the dialog.
    let target = path !== null && this.deps.session.isGranted(path) ? path : null;
    if (target === null) {
      const chosen = await this.deps.dialogs.chooseSavePath(suggestedName, 'scenario');
      if (chosen === null) return { ok: false, canceled: true };
      target = withScenarioExtension(chosen);
    }
    const written = await atomicWrite(target, text);
    if (!written.ok) return { ok: false, canceled: false, error: written.error };
    await this.remember(target);
    if (this.deps.session.state.text === text) {
      this.deps.session.markSaved(target);
      await this.deps.recovery.clear();
    }
    return { ok: true, path: target };
  }

  async exportFile(data: string | Uint8Array, suggestedName: string): Promise<SaveResult> {
    const target = await this.deps.dialogs.chooseSavePath(suggestedName, 'export');
    if (target === null) return { ok: false, canceled: true };
    const written = await atomicWrite(target, data);
    return written.ok ? { ok: true, path: target } : { ok: false, canceled: false, error: written.error };
  }

  setDocumentState(state: DocumentState): void {
    this.deps.session.update(state);
    if (state.dirty) this.deps.recovery.schedule(state.path, state.text);
    else void this.deps.recovery.clear();
  }

  /** Saves the current document from main's copy (the close prompt's "Save"). */
  saveCurrent(): Promise<SaveResult> {
    const { text, path } = this.deps.session.state;
    return this.saveScenario(text, path, this.deps.session.displayName === 'Untitled' ? 'Untitled.looplab.json' : this.deps.session.displayName);
  }

  /** True when the current document may be closed or replaced (asks if it is dirty). */
  async confirmDiscardCurrent(): Promise<boolean> {
    const ok = await confirmDiscard(this.deps.session, (name) => this.deps.dialogs.askUnsavedChanges(name), () => this.saveCurrent());
    if (ok) await this.deps.recovery.clear();
    return ok;
  }

  /** A file from argv, a double-click or Open Recent. */
  async openPath(path: string): Promise<void> {
    if (!(await this.confirmDiscardCurrent())) return;
    const read = await readScenarioFile(path);
    if (!read.ok) {
      this.deps.dialogs.showError(read.error);
      await this.deps.recent.remove(path);
      this.deps.recentChanged();
      return;
    }
    await this.remember(path);
    this.deps.session.update({ dirty: false, path, text: read.file.text });
    this.deps.sendDocument({ path, text: read.file.text, recovered: false });
  }

  /** At startup: if the last session left unsaved changes, offer them back. */
  async offerRecovery(): Promise<void> {
    const snapshot = await this.deps.recovery.load();
    if (snapshot === null) return;
    if (!(await this.deps.dialogs.askRestore(snapshot))) {
      await this.deps.recovery.clear();
      return;
    }
    if (snapshot.path !== null) this.deps.session.grant(snapshot.path);
    // Dirty from the start, so the close prompt and autosave protect it before the page reports.
    this.deps.session.update({ dirty: true, path: snapshot.path, text: snapshot.text });
    this.deps.sendDocument({ path: snapshot.path, text: snapshot.text, recovered: true });
  }

  /**
   * The page crashed and is being reloaded: hand the unsaved document back (main kept the last
   * text the page reported), queued until the reloaded page listens.
   */
  async recoverAfterPageCrash(): Promise<void> {
    const { dirty, path, text } = this.deps.session.state;
    if (!dirty) return;
    await this.deps.recovery.flush();
    this.deps.sendDocument({ path, text, recovered: true });
  }

  async clearRecent(): Promise<void> {
    await this.deps.recent.clear();
    this.deps.recentChanged();
  }

  private async remember(path: string): Promise<void> {
    this.deps.session.grant(path);
    await this.deps.recent.add(path);
    this.deps.recentChanged();
  }
}
