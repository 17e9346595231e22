/**
 * Everything the shell needs for "bring your own code", in one place: the session, the
 * Open Python dialog, dropping a .py file on the window, which lines and bars are pointed
 * at, the chosen diagnostic, and Fix it (an edit through the action registry, after which
 * the comparison shows the code with its fixes).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Diagnostic } from '../../../shared/analyze/diagnostics';
import type { FixKind, Scenario } from '../../../shared/scenario/types';
import type { LoopLabApi } from '../../../shared/ipc/contract';
import type { ActionManager } from '../actions/actionManager';
import type { DocumentController } from '../shell/useDocument';
import type { HoverInfo } from '../seams/chart';
import { pickTextFile } from '../host/browserFiles';
import { droppedFile, readPythonFile } from './pythonFiles';
import { highlightLines, linesOfStep } from './sourceLines';
import { readFromPython, usePythonSession } from './usePythonSession';

interface Deps {
  api: LoopLabApi;
  doc: DocumentController;
  /** After the first fix: show the code with its fixes in the second chart. */
  showFixed: () => void;
  /** Make room for the code (the charts and the code side by side). */
  onShown?: () => void;
}

export function usePythonView({ api, doc, showFixed, onShown }: Deps) {
  const python = usePythonSession(doc);
  const { session, prepare } = python;
  const [dialogOpen, setDialogOpen] = useState(false);
  const [codeLine, setCodeLine] = useState<number | null>(null);
  const [barLines, setBarLines] = useState<ReadonlySet<number> | null>(null);
  const [selected, setSelected] = useState<Diagnostic | null>(null);
  const [dropping, setDropping] = useState(false);
  const linked = session !== null && readFromPython(doc.scenario);
  const shown = session !== null && (session.failure !== null || linked);

  // A new reading brings new diagnostics: the old choice means nothing in them.
  useEffect(() => { setSelected(null); setBarLines(null); setCodeLine(null); }, [session]);
  useEffect(() => { if (shown) onShown?.(); }, [shown]); // eslint-disable-line react-hooks/exhaustive-deps

  const open = useCallback((text: string, fileName: string) => { setDialogOpen(false); void python.open(text, fileName); }, [python]);
  const pickFile = useCallback(() => (api.openPython ? api.openPython() : pickTextFile('.py,.pyw,text/x-python')), [api]);

  // Drop a .py file anywhere on the window.
  useEffect(() => {
    const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const over = (e: DragEvent) => { if (!carriesFiles(e)) return; e.preventDefault(); setDropping(true); prepare(); };
    const leave = (e: DragEvent) => { if (e.relatedTarget === null) setDropping(false); };
    const dropFile = async (e: DragEvent) => {
      setDropping(false);
      if (!carriesFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      const file = droppedFile(e.dataTransfer);
      if (!file) return;
      const read = await readPythonFile(file);
      if (read.ok) open(read.text, read.name);
      else doc.announce(read.message, 'error');
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    const drop = (e: DragEvent) => { void dropFile(e); };
    window.addEventListener('drop', drop);
    return () => { window.removeEventListener('dragover', over); window.removeEventListener('dragleave', leave); window.removeEventListener('drop', drop); };
  }, [open, doc, prepare]);

  const links = session?.links;
  /** Lines that have bars: a step's own line, and the lines of the calls that lead to it. */
  const linesWithBars = useMemo(() => new Set((links ?? []).flatMap((l) => [l.line, ...l.via])), [links]);
  /**
   * Lines whose bars the charts point out: the chosen diagnostic's, and the code line under the
   * pointer when it has bars (moving over a blank line, a decorator or an import fades nothing).
   */
  const pointedLines = useMemo(() => {
    const lines = new Set<number>();
    if (selected?.target) lines.add(selected.target.line);
    if (selected) lines.add(selected.line);
    if (codeLine !== null && linesWithBars.has(codeLine)) lines.add(codeLine);
    return lines.size > 0 ? lines : null;
  }, [selected, codeLine, linesWithBars]);
  // One highlight per chart scenario while the pointed lines stay the same: the charts redraw only when it changes.
  const highlightFor = useMemo(() => {
    const made = new WeakMap<Scenario, ReturnType<typeof highlightLines>>();
    return (scenario: Scenario) => {
      if (!linked || !links || pointedLines === null) return null;
      if (!made.has(scenario)) made.set(scenario, highlightLines(scenario, links, pointedLines));
      return made.get(scenario)!;
    };
  }, [linked, links, pointedLines]);
  const hoverFor = useCallback((scenario: Scenario) => (info: HoverInfo | null) => {
    if (!linked || !links) return;
    const lines = info && info.request >= 0 ? linesOfStep(scenario, links, info.route, info.path) : [];
    // A pointer move over the same step changes nothing: no render.
    setBarLines((prev) => (lines.length === 0 ? null : prev && prev.size === lines.length && lines.every((l) => prev.has(l)) ? prev : new Set(lines)));
  }, [linked, links]);

  const fix = useCallback((actions: ActionManager, d: Diagnostic, kind: FixKind) => {
    if (!d.target) return;
    if (actions.dispatch('applyFix', { line: d.target.line, column: d.target.column, fix: kind })) showFixed();
  }, [showFixed]);

  return {
    python, session, shown, linked, dropping,
    dialogOpen, openDialog: () => { prepare(); setDialogOpen(true); }, closeDialog: () => setDialogOpen(false), open, pickFile,
    selected, select: setSelected, codeLine, pointCode: setCodeLine, barLines,
    highlightFor, hoverFor, fix,
    close: () => { python.close(); setSelected(null); },
  };
}

export type PythonView = ReturnType<typeof usePythonView>;
