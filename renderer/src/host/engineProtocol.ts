/** Messages between the page and its engine Web Worker. `id` pairs a reply with its request. */
import type { Scenario } from '../../../shared/scenario/types';
import type { SimulateOptions } from '../../../shared/engine/timeline';
import type { PackedTimeline } from './packedTimeline';

export interface SimulateRequest { id: number; scenario: Scenario; options?: SimulateOptions }
/** Timelines travel packed (see packedTimeline.ts). */
export interface SimulateReply {
  id: number;
  /** Time spent in the worker (simulate + pack), so the page can tell engine time from transport. */
  workerMs: number;
  result: { ok: true; packed: PackedTimeline } | { ok: false; error: string };
}
