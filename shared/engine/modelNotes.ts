/**
 * What the simulation simplifies, for the "model notes" panel: the UI shows these so a
 * learner never mistakes the model for a measurement. The figures are the engine's own
 * constants, so a recalibration cannot leave the notes behind.
 */
import { defaultServer, LOOP_CPU_PER_REQUEST_MS } from '../scenario/types';
import { GIL_TIMING } from './gilTiming';
import { PROCESS_START_MS, THREAD_START_MS } from './startUp';

const SWITCH_INTERVAL_MS = defaultServer().switchIntervalMs;

export interface ModelNote {
  title: string;
  text: string;
}

export const MODEL_NOTES: readonly ModelNote[] = [
  {
    title: "The server's own work is an average",
    text: `Each request costs the event loop ${LOOP_CPU_PER_REQUEST_MS} ms of CPU (accepting it, parsing HTTP, routing, sending the response), drawn as thin grey "server work" bars; starting a pool thread costs the loop ${THREAD_START_MS} ms and forking the process pool about ${PROCESS_START_MS} ms per process, on a server that has just started. Measured on FastAPI 0.92; real apps with middleware or big responses cost more. Pickling a process job and the network take no time here.`,
  },
  {
    title: 'The GIL is not fair, and the model follows it',
    text: `Threads that compute take turns with the GIL, ${SWITCH_INTERVAL_MS} ms each, but a thread that needs it only for a moment, like the event loop at every turn, does not get a turn: it gets the GIL when no other thread took it for ${SWITCH_INTERVAL_MS} ms, or after a long wait. Beside two computing threads the loop can wait tens to hundreds of ms (on one machine measured, until they were nearly done). Who wins each race is partly luck on a real machine; the model picks the typical outcome every time (${GIL_TIMING.starvedWinsAfterMs} ms), so a real run is burstier and varies from one run to the next. Each hand-over to a sleeping thread (the GIL, or a job for a pool thread) costs ${GIL_TIMING.wakeMs} ms, what a hand-over took on the machine it was measured on while threads competed for the GIL (a thread woken with no competition ran within 0.1 ms there); other machines wake threads sooner or later.`,
  },
  {
    title: 'Cores are shared perfectly',
    text: 'When more threads run Python than there are cores, each gets an equal share. Real schedulers are lumpier, and other programs on the machine also take their share.',
  },
  {
    title: 'I/O always takes exactly as long as written',
    text: 'An awaited or blocking call of 100 ms takes 100 ms, whatever else is happening. Real databases and APIs slow down under load.',
  },
];
