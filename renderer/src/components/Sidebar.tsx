/** The editor column: the scenario's routes and steps, its requests and its server. */
import type { ActionManager } from '../actions/actionManager';
import type { DocumentController } from '../shell/useDocument';
import { RouteEditor } from './RouteEditor';
import { RequestsEditor } from './RequestsEditor';
import { ServerEditor } from './ServerEditor';
import { ShortcutHint } from './ShortcutHint';
import { ModelNotes } from './ModelNotes';

export function Sidebar({ doc, actions }: { doc: DocumentController; actions: ActionManager }) {
  return (
    <aside className="sidebar" aria-label="Edit the scenario" data-shortcut-scope="editor">
      {doc.scenario.description && <p className="scenario-description">{doc.scenario.description}</p>}
      <RouteEditor scenario={doc.scenario} selection={doc.selection} actions={actions} onSelect={doc.select} />
      <RequestsEditor scenario={doc.scenario} route={doc.selection.route} actions={actions} />
      <ServerEditor server={doc.scenario.server} actions={actions} />
      <ShortcutHint actions={actions} />
      <ModelNotes />
    </aside>
  );
}
