/**
 * The scenario on screen when the app was last closed, so a learner who comes back finds
 * their own work. Stored as the same JSON a file would hold and loaded through the same
 * validator: a stored document that no longer loads is ignored.
 */
import type { Scenario } from '../../../shared/scenario/types';
import { parseScenario, serializeScenario } from '../seams/scenarioIo';
import { STORE_KEYS, type KeyValueStore } from './localStore';

export function loadLastScenario(store: KeyValueStore | null): Scenario | null {
  if (!store) return null;
  try {
    const text = store.getItem(STORE_KEYS.scenario);
    if (text === null) return null;
    const parsed = parseScenario(text);
    return parsed.ok ? parsed.scenario : null;
  } catch {
    return null;
  }
}

export function saveLastScenario(store: KeyValueStore | null, scenario: Scenario): void {
  if (!store) return;
  try {
    store.setItem(STORE_KEYS.scenario, serializeScenario(scenario));
  } catch {
    /* a full store: the next start shows a built-in scenario instead */
  }
}
