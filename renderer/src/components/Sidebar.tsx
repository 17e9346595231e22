/** The editor column: the scenario's routes and steps, its requests and its server. */
import { memo } from 'react';
import type { ActionManager } from '../actions/actionManager';
import type { DocumentController } from '../shell/useDocument';
import { RouteEditor } from './RouteEditor';
import { RequestsEditor } from './RequestsEditor';
import { ServerEditor } from './ServerEditor';
import { ShortcutHint } from './ShortcutHint';
import { ModelNotes } from './ModelNotes';

// Each worker reply re-renders the app shell (the timelines are its state), and the editor
// was most of that render (~2 ms a reply at 10,000 requests). Its parts take only the
// document, the selection and the action registry (all kept by reference until they change),
// so they skip the renders that only brought a timeline.
const Routes = memo(RouteEditor);
const Requests = memo(RequestsEditor);
const Server = memo(ServerEditor);
const Shortcuts = memo(ShortcutHint);
const Notes = memo(ModelNotes);

export function Sidebar({ doc, actions }: { doc: DocumentController; actions: ActionManager }) {
  return (
    <aside className="sidebar" aria-label="Edit the scenario" data-shortcut-scope="editor">
      {doc.scenario.description && <p className="scenario-description">{doc.scenario.description}</p>}
      <Routes scenario={doc.scenario} selection={doc.selection} actions={actions} onSelect={doc.select} />
      <Requests scenario={doc.scenario} route={doc.selection.route} actions={actions} />
      <Server server={doc.scenario.server} actions={actions} />
      <Shortcuts actions={actions} />
      <Notes />
    </aside>
  );
}
