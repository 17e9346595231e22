/**
 * What the simulation simplifies, for the "model notes" panel: the UI shows these so a
 * learner never mistakes the model for a measurement.
 */
export interface ModelNote {
  title: string;
  text: string;
}

export const MODEL_NOTES: readonly ModelNote[] = [
  {
    title: 'Start-up and protocol costs are left out',
    text: 'Starting a thread or a process, pickling arguments for a process pool and parsing HTTP take no time here. Real servers pay a little for each.',
  },
  {
    title: "The loop's own work takes no time",
    text: 'Accepting a connection, resuming a coroutine and sending a response are instant in the model, but they still need the GIL.',
  },
  {
    title: 'Real CPython is harsher under CPU-bound threads',
    text: 'Here the loop waits at most one switch interval (5 ms) for the GIL at a time. Real CPython makes it wait at almost every socket operation (the "convoy effect"), so real loop delays next to a CPU-bound thread are several times larger.',
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
