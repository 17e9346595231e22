/** Keep the document in local storage as it changes, so the next start opens it again (offline self-study). */
import { useEffect } from 'react';
import type { Scenario } from '../../../shared/scenario/types';
import { browserStore } from '../persist/localStore';
import { saveLastScenario } from '../persist/lastScenario';
import { useLatest } from './useLatest';

/** Typing a duration edits often; one write per quiet moment is enough (and one more on leaving). */
const SAVE_DELAY_MS = 300;

export function useLastScenario(scenario: Scenario): void {
  const latest = useLatest(scenario);
  useEffect(() => {
    const timer = setTimeout(() => saveLastScenario(browserStore(), scenario), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [scenario]);
  useEffect(() => {
    const flush = () => saveLastScenario(browserStore(), latest.current);
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [latest]);
}
