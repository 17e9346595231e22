import { describe, expect, it } from 'vitest';
import { SEGMENT_STATES } from './timeline';
import { St } from './stateIds';
import { STATE_INDEX } from './segmentColumns';

describe('engine state ids', () => {
  it('are the column values the timeline reads back as SegmentState names', () => {
    const ids: Record<string, number> = {
      cpu: St.Cpu, await_io: St.AwaitIo, blocking_io: St.BlockingIo, gil_wait: St.GilWait,
      token_wait: St.TokenWait, loop_wait: St.LoopWait, process_wait: St.ProcessWait, server: St.Server,
    };
    expect(Object.keys(ids).sort()).toEqual([...SEGMENT_STATES].sort());
    for (const state of SEGMENT_STATES) expect(ids[state]).toBe(STATE_INDEX[state]);
  });
});
