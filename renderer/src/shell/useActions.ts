/**
 * Wire the action registry to this window: one manager, the edit actions, the app's
 * commands, the keyboard and the Electron menu. Commands read state through refs, so the
 * manager is created once and never re-registered per render.
 */
import { useEffect, useLayoutEffect, useMemo } from 'react';
import type { LoopLabApi } from '../../../shared/ipc/contract';
import { createActionManager, type ActionManager } from '../actions/actionManager';
import { EDIT_ACTIONS } from '../actions/editActions';
import type { CommandAction } from '../actions/types';
import type { DocumentController } from './useDocument';
import { formatError, validateScenario } from '../seams/scenarioIo';
import { useLatest } from '../app/useLatest';

export type Commands = Record<string, Omit<CommandAction, 'kind' | 'name'>>;

export function useActions(api: LoopLabApi, doc: DocumentController, commands: Commands): ActionManager {
  const docRef = useLatest(doc);
  const commandsRef = useLatest(commands);

  const manager = useMemo(() => {
    const m = createActionManager({
      context: () => ({ doc: docRef.current.stateRef.current.docState.history.present.scenario, selection: docRef.current.stateRef.current.selection }),
      commitEdit: (next, action, selection) => docRef.current.commitEdit(next, action.label, selection),
      refuse: (message) => docRef.current.announce(message, 'error'),
      validate(doc) {
        const checked = validateScenario(doc);
        return checked.ok ? null : checked.errors.slice(0, 2).map(formatError).join('; ');
      },
    });
    EDIT_ACTIONS.forEach((a) => m.register(a));
    for (const [name, c] of Object.entries(commandsRef.current)) {
      // Run through the ref so the command always sees the latest render's closures.
      m.register({
        ...c, kind: 'command', name,
        run: (args) => commandsRef.current[name]!.run(args),
        enabled: c.enabled && (() => commandsRef.current[name]!.enabled?.() ?? true),
      });
    }
    return m;
  }, [docRef, commandsRef]);

  // A layout effect, not a passive one: shortcuts work from the first frame the app shows,
  // instead of a task later (a Ctrl+O pressed in between was lost).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (manager.handleKey(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [manager]);

  // The menu may know commands this build has no action for yet: ignore those (contract.ts).
  useEffect(() => api.onMenuCommand((command) => {
    if (manager.get(command)) manager.dispatch(command);
    else console.warn(`LoopLab: no action for menu command "${command}"`);
  }), [api, manager]);

  return manager;
}
