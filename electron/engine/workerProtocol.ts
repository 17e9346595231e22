/** Messages between the main process's EngineHost and the engine worker thread. */
import type { SimulateResult } from '../../shared/ipc/contract';
import type { SimulateOptions } from '../../shared/engine/timeline';

export interface EngineRequest {
  id: number;
  /** Unvalidated: the worker validates it, so the main thread never walks a large scenario. */
  scenario: unknown;
  options?: SimulateOptions;
}

export interface EngineResponse {
  id: number;
  result: SimulateResult;
}
