/**
 * The document, the selection and the status line, as React state. A ref mirrors the
 * latest state so that actions fired by keys, menus and async file dialogs never act on
 * a stale render's copy.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Scenario } from '../../../shared/scenario/types';
import type { Selection } from '../actions/types';
import { applyEdit, initialDocState, isDirty, loadDocument, markSaved, redoDoc, undoDoc, type DocState } from './docState';
import { clampSelection } from './selection';
import { markEdit } from './perfMarks';
import { canRedo, canUndo } from '../document/history';

export interface Status { text: string; tone: 'info' | 'error'; id: number }

export function useDocument(first: Scenario) {
  const [docState, setDocState] = useState<DocState>(() => initialDocState(first));
  const [rawSelection, setSelection] = useState<Selection>({ route: 0, step: null });
  const [status, setStatus] = useState<Status>({ text: '', tone: 'info', id: 0 });
  const stateRef = useRef({ docState, selection: rawSelection });

  const scenario = docState.history.present.scenario;
  const selection = useMemo(() => clampSelection(scenario, rawSelection), [scenario, rawSelection]);
  stateRef.current = { docState, selection };

  /** Every state change goes through here so the ref is current before the next render. */
  const update = useCallback((next: DocState, nextSelection?: Selection) => {
    stateRef.current = { docState: next, selection: nextSelection ?? stateRef.current.selection };
    markEdit();
    setDocState(next);
    if (nextSelection) setSelection(nextSelection);
  }, []);

  const announce = useCallback((text: string, tone: Status['tone'] = 'info') => {
    setStatus((s) => ({ text, tone, id: s.id + 1 }));
  }, []);

  const select = useCallback((sel: Selection) => {
    stateRef.current = { ...stateRef.current, selection: sel };
    setSelection(sel);
  }, []);

  const commitEdit = useCallback((next: Scenario, label: string, sel: Selection | null) => {
    update(applyEdit(stateRef.current.docState, next), sel ?? undefined);
    announce(`${label}: done.`);
  }, [update, announce]);

  const undo = useCallback(() => {
    const s = stateRef.current.docState;
    if (!canUndo(s.history)) { announce('Nothing to undo.'); return; }
    update(undoDoc(s));
    announce('Undone.');
  }, [update, announce]);

  const redo = useCallback(() => {
    const s = stateRef.current.docState;
    if (!canRedo(s.history)) { announce('Nothing to redo.'); return; }
    update(redoDoc(s));
    announce('Redone.');
  }, [update, announce]);

  const load = useCallback((next: Scenario, path: string | null, recovered = false) => {
    update(loadDocument(stateRef.current.docState, next, path, recovered), { route: 0, step: null });
  }, [update]);

  const saved = useCallback((what: Scenario, path: string | null) => {
    const next = markSaved(stateRef.current.docState, what, path);
    stateRef.current = { ...stateRef.current, docState: next };
    setDocState(next);
  }, []);

  return {
    docState, scenario, selection, status, stateRef,
    dirty: isDirty(docState),
    canUndo: canUndo(docState.history), canRedo: canRedo(docState.history),
    select, announce, commitEdit, undo, redo, load, saved,
  };
}

export type DocumentController = ReturnType<typeof useDocument>;
