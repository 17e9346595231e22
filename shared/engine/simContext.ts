/** What every resource module needs: the clock, the event queue, the recorder, the cores. */
import type { ServerConfig } from '../scenario/types';
import type { EventQueue } from './eventQueue';
import type { Recorder } from './recorder';
import type { Cores } from './cores';

export interface Sim {
  now: number;
  readonly queue: EventQueue;
  readonly rec: Recorder;
  readonly cores: Cores;
  readonly cfg: ServerConfig;
}
