/**
 * The Python the document was read from: the code, its diagnostics and highlighting, and
 * reading it again after an edit. Loading the scenario is a document load (undoable like
 * opening a file); reading edited code again is an edit that keeps the user's durations,
 * fixes and load wherever the code they belong to is still there (shared/analyze/reanalyse.ts).
 * UI state, never in history: the code itself is not part of the scenario.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Diagnostic } from '../../../shared/analyze/diagnostics';
import type { SourceLink } from '../../../shared/analyze/analyzePython';
import { carryEdits } from '../../../shared/analyze/reanalyse';
import { refuseBeforeParsing } from '../../../shared/analyze/refusal';
import type { Scenario } from '../../../shared/scenario/types';
import type { DocumentController } from '../shell/useDocument';
import { createAnalysisClient, type AnalysisClient } from './analysisClient';
import type { HighlightToken } from './highlightTokens';

export interface PythonSession {
  fileName: string;
  /** The code the diagnostics and the document's steps come from. */
  source: string;
  diagnostics: Diagnostic[];
  links: SourceLink[];
  highlights: HighlightToken[];
  /** Set when the last reading found no route or no Python: what it said, and where. */
  failure: { message: string; line?: number } | null;
}

/** Whether a scenario was read from Python: some step says where it comes from. */
export function readFromPython(scenario: Scenario): boolean {
  return scenario.routes.some((r) => JSON.stringify(r.steps).includes('"line":'));
}

export function usePythonSession(doc: DocumentController, client?: AnalysisClient) {
  const [session, setSession] = useState<PythonSession | null>(null);
  const [pending, setPending] = useState(false);
  const worker = useMemo(() => client ?? lazyClient(), [client]);
  const latest = useRef(0);
  const sessionRef = useRef(session);
  sessionRef.current = session;

  /** Reads `text`; `again` keeps the edits of the document read from the previous code. */
  const read = useCallback(async (text: string, fileName: string, again: boolean) => {
    const ticket = ++latest.current;
    // A file the analyser would refuse unread (too large, binary) is refused here, before the
    // worker starts or the panel draws it: laying out a 1 MB line held the next file's panel
    // up for seconds. A new file leaves the panel as it was; edited code stays beside its message.
    const refused = refuseBeforeParsing(text);
    if (refused) {
      setPending(false);
      if (again) setSession((s) => s && { ...s, source: text, diagnostics: [], links: [], highlights: [], failure: { message: refused.message, ...(refused.line !== undefined ? { line: refused.line } : {}) } });
      doc.announce(`${fileName}: ${refused.message}`, 'error');
      return;
    }
    setPending(true);
    doc.announce(`Reading ${fileName}…`);
    const outcome = await worker.analyse(text, fileName);
    if (ticket !== latest.current) return; // a newer reading won
    setPending(false);
    if (!outcome.ok) {
      doc.announce(`Could not read ${fileName}: ${outcome.error}`, 'error');
      return;
    }
    const { result, highlights } = outcome;
    const base = { fileName, source: text, diagnostics: result.diagnostics, highlights };
    if (!result.ok) {
      setSession({ ...base, links: [], failure: { message: result.message, ...(result.line !== undefined ? { line: result.line } : {}) } });
      doc.announce(`${fileName}: ${result.message}`, 'error');
      return;
    }
    setSession({ ...base, links: result.links, failure: null });
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
    const summary = `${result.scenario.routes.length} route${result.scenario.routes.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
    const present = doc.stateRef.current.docState.history.present.scenario;
    const previous = sessionRef.current;
    if (again && previous && previous.failure === null && readFromPython(present)) {
      doc.commitEdit(carryEdits({ source: previous.source, scenario: present }, { source: text, scenario: result.scenario }), 'Analyse again', null);
      doc.announce(`Read ${fileName} again: ${summary}. Your durations, fixes and load are kept where their code is.`);
    } else {
      doc.load(result.scenario, null);
      doc.announce(`Read ${fileName}: ${summary}. Ctrl+Z brings back the previous scenario.`);
    }
  }, [doc, worker]);

  return {
    session,
    pending,
    open: useCallback((text: string, fileName: string) => read(text, fileName, false), [read]),
    /** A file is on its way (dragged over the window, the dialog open): start the parser now. */
    prepare: useCallback(() => worker.warm(), [worker]),
    reanalyse: useCallback((text: string) => { if (sessionRef.current) void read(text, sessionRef.current.fileName, true); }, [read]),
    close: useCallback(() => { latest.current++; setPending(false); setSession(null); }, []),
  };
}

export type PythonSessionController = ReturnType<typeof usePythonSession>;

/** The worker is created on the first reading, never when the page starts. */
function lazyClient(): AnalysisClient {
  let client: AnalysisClient | null = null;
  return {
    analyse: (text, fileName) => (client ??= createAnalysisClient()).analyse(text, fileName),
    warm: () => (client ??= createAnalysisClient()).warm(),
  };
}
