/** Messages between the page and its engine Web Worker. `id` pairs a reply with its request. */
import type { Scenario } from '../../../shared/scenario/types';
import type { SimulateOptions } from '../../../shared/engine/timeline';
import type { SimulateResult } from '../../../shared/ipc/contract';

export interface SimulateRequest { id: number; scenario: Scenario; options?: SimulateOptions }
export interface SimulateReply { id: number; result: SimulateResult }
