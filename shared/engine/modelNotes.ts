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
    text: 'Accepting a connection, resuming a coroutine and sending a response are instant in the model, but they still need the GIL. Real requests also spend about 1–3 ms in HTTP parsing and the network.',
  },
  {
    title: 'Every loop iteration pays for the GIL',
    text: 'Each turn of the event loop starts with select(), which lets go of the GIL. If a thread is computing, the loop waits up to one switch interval (5 ms) to get it back, and a request needs about five turns: accept, connection set-up, reading the request, running the handler, resuming after an await. Handing the GIL over also costs about 0.45 ms each time (measured on FastAPI 0.92).',
  },
  {
    title: 'Two or more computing threads are worse than shown',
    text: "Here the GIL is handed out first come, first served. Real CPython is not that fair: with two or more threads computing, the event loop loses almost every hand-over, and a quick request can wait hundreds of milliseconds instead of tens. Measured: pings beside three computing threads took 206–900 ms; the model shows 179–638 ms.",
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
