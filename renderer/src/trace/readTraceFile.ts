/**
 * A picked file → what the trace view shows, or why it cannot. Pure: nothing here touches
 * the document, so a file that is not a trace changes nothing.
 */
import type { OpenedFile } from '../../../shared/ipc/contract';
import type { Scenario } from '../../../shared/scenario/types';
import type { Timeline } from '../../../shared/engine/timeline';
import { importTrace, TraceImportError } from '../../../shared/export/importTrace';
import { fileName } from '../shell/docState';
import { binaryKind, notTextMessage } from '../../../shared/scenario/binaryText';
import { timelineFromTrace } from './traceTimeline';
import { standInScenario, stepLabelsOf } from './standInScenario';

export interface OpenTrace {
  /** The file's name, for the banner. */
  file: string;
  scenario: Scenario;
  timeline: Timeline;
}

export type TraceRead = { ok: true; trace: OpenTrace } | { ok: false; error: string };

export function readTraceFile({ path, text }: OpenedFile): TraceRead {
  const file = fileName(path);
  const binary = binaryKind(text);
  if (binary) return { ok: false, error: `${file} did not open: ${notTextMessage(binary, 'a Chrome trace is a JSON text file')} Nothing was changed.` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${file} is not JSON (${e instanceof Error ? e.message : String(e)}), so not a Chrome trace.` };
  }
  try {
    const imported = importTrace(json);
    const timeline = timelineFromTrace(imported);
    const routes = timeline.requests.map((r) => r.route);
    return { ok: true, trace: { file, scenario: standInScenario(scenarioName(json) ?? file, stepLabelsOf(json), routes), timeline } };
  } catch (e) {
    // importTrace says what a trace looks like; anything else it tripped on is still this file's fault, not a crash.
    const why = e instanceof TraceImportError ? e.message : `not a trace LoopLab can read (${e instanceof Error ? e.message : String(e)})`;
    return { ok: false, error: `${file} did not open: ${why}. Nothing was changed.` };
  }
}

/** The scenario name LoopLab's export keeps in otherData, for the chart's title. */
function scenarioName(json: unknown): string | null {
  const name = (json as { otherData?: { looplab?: { scenario?: unknown } } } | null)?.otherData?.looplab?.scenario;
  return typeof name === 'string' ? name : null;
}
