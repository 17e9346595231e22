/** Messages between the main process's MeasureHost and the measuring worker thread. */
import type { MeasureAvailability, MeasureNowResult, MeasureProgress } from '../../shared/ipc/contract';

export type MeasureRequest =
  | { id: number; type: 'availability' }
  /** Unvalidated: the worker validates it (the loader and the engine stay out of main). */
  | { id: number; type: 'measure'; scenario: unknown; repeats: number }
  | { type: 'cancel' };

export type MeasureResponse =
  | { id: number; type: 'availability'; result: MeasureAvailability }
  | { id: number; type: 'measure'; result: MeasureNowResult }
  | { type: 'progress'; progress: MeasureProgress };

/** What the worker is told when it starts. */
export interface MeasureWorkerData {
  packageDir: string;
}
