/**
 * Open and save through the host. A file that does not load leaves the document as it
 * was and lists every problem with its JSON path, in one message (LoadErrors).
 */
import type { LoopLabApi } from '../../../shared/ipc/contract';
import type { ScenarioError } from '../../../shared/scenario/errors';
import { parseScenario, serializeScenario } from '../seams/scenarioIo';
import { fileName, suggestedFileName } from './docState';
import type { DocumentController } from './useDocument';

export interface LoadFailure { file: string; errors: ScenarioError[] }

export function createFileCommands(api: LoopLabApi, doc: () => DocumentController, showLoadFailure: (f: LoadFailure | null) => void) {
  async function open(): Promise<void> {
    const file = await api.openScenario();
    if (file) openText(file.text, file.path, false);
  }

  /** Text from a picker, or a document the host opened itself (double-click, recovery). */
  function openText(text: string, path: string | null, recovered: boolean): void {
    const name = path ? fileName(path) : 'the recovered document';
    const parsed = parseScenario(text);
    if (!parsed.ok) {
      // One message: the banner lists the problems (a toast beside it said the same again).
      showLoadFailure({ file: name, errors: parsed.errors });
      return;
    }
    showLoadFailure(null);
    doc().load(parsed.scenario, path, recovered);
    doc().announce(recovered ? 'Restored your unsaved scenario.' : `Opened ${name}. Ctrl+Z brings back the previous scenario.`);
  }

  async function save(saveAs: boolean): Promise<void> {
    const { docState } = doc().stateRef.current;
    const present = docState.history.present;
    const text = serializeScenario(present.scenario);
    const result = await api.saveScenario(text, saveAs ? null : present.path, suggestedFileName(present));
    if (result.ok) {
      doc().saved(present.scenario, result.path);
      doc().announce(api.host === 'browser' ? `Downloaded ${result.path}.` : `Saved ${result.path}.`);
    } else if (!result.canceled) {
      doc().announce(`Not saved: ${result.error}`, 'error');
    }
  }

  return { open, openText, save: () => save(false), saveAs: () => save(true) };
}
