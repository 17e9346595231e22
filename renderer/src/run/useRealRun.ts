/**
 * The real run open beside the document, and how it compares. Opening a run never edits the
 * document: the comparison is shown while the run measured the scenario on screen (whatever
 * its name), and a run of another scenario says so and offers to open that scenario (an
 * ordinary, undoable load).
 */
import { useCallback, useMemo, useState } from 'react';
import type { LoopLabApi } from '../../../shared/ipc/contract';
import type { Timeline } from '../../../shared/engine/timeline';
import type { Scenario } from '../../../shared/scenario/types';
import { compareRun, runMatchesScenario, type RunComparison } from '../../../shared/run/compareRun';
import type { RunFile } from '../../../shared/run/runFile';
import { measuredOverlay, type MeasuredOverlay } from '../../../shared/chart/marks/measured';
import type { LoadFailure } from '../shell/fileCommands';
import { readRunFile } from './readRunFile';

export interface OpenRun {
  run: RunFile;
  name: string;
  /** What the import left out or noticed (traces), said once when it opens. */
  notes?: string[];
}

export interface RealRunState {
  open: OpenRun | null;
  /** Ask for a file and show it (problems go to `showFailure`). Resolves the run that opened, or null. */
  pick: () => Promise<OpenRun | null>;
  /** Show a run from elsewhere (the desktop app's "Measure now"). */
  show: (run: RunFile, name: string) => void;
  close: () => void;
}

export function useRealRun(api: LoopLabApi, showFailure: (failure: LoadFailure | null) => void, announce: (text: string, tone?: 'info' | 'error') => void): RealRunState {
  const [open, setOpen] = useState<OpenRun | null>(null);
  const pick = useCallback(async () => {
    let file;
    try {
      file = await (api.openRun ?? api.openScenario)();
    } catch (e) {
      announce(`Could not read the file: ${e instanceof Error ? e.message : String(e)}`, 'error');
      return null;
    }
    if (!file) return null;
    const read = readRunFile(file);
    if (!read.ok) {
      showFailure({ file: read.name, errors: read.errors }); // the one message (LoadErrors), no toast besides it
      return null;
    }
    showFailure(null);
    const opened = { run: read.run, name: read.name, notes: read.notes };
    setOpen(opened);
    return opened;
  }, [api, showFailure, announce]);
  const show = useCallback((run: RunFile, name: string) => setOpen({ run, name }), []);
  const close = useCallback(() => setOpen(null), []);
  return { open, pick, show, close };
}

export interface RunView {
  /** Whether the run measured the scenario on screen. */
  matches: boolean;
  comparison: RunComparison | null;
  overlay: MeasuredOverlay | null;
}

/** The comparison with the chart's timeline, once it is the timeline of `scenario`. */
export function useRunView(open: OpenRun | null, scenario: Scenario, drawn: { scenario: Scenario; timeline: Timeline } | null): RunView {
  const matches = useMemo(() => open !== null && runMatchesScenario(open.run, scenario), [open, scenario]);
  const timeline = drawn && drawn.scenario === scenario ? drawn.timeline : null;
  return useMemo(() => {
    if (!open || !matches || !timeline) return { matches, comparison: null, overlay: null };
    const requests = timeline.requests;
    const comparison = compareRun(open.run, { count: requests.length, arrival: (i) => requests[i]!.arrival, end: (i) => requests[i]!.end });
    return { matches, comparison, overlay: measuredOverlay(comparison, open.run) };
  }, [open, matches, timeline]);
}
