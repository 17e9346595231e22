/**
 * Segment states as small integers inside the engine (the timeline speaks SegmentState
 * strings). A string-keyed lookup per recorded segment was a tenth of the engine's time.
 * The order is SEGMENT_STATES' (a test pins it), so an id is also the column value.
 */
export const enum St {
  None = -1,
  Cpu = 0,
  AwaitIo = 1,
  BlockingIo = 2,
  GilWait = 3,
  TokenWait = 4,
  LoopWait = 5,
  ProcessWait = 6,
  Server = 7,
}

/** A step path by its index in the run's path table (see compile.ts); 0 is the empty path. */
export type PathId = number;
export const NO_PATH: PathId = 0;
