/**
 * The measuring worker thread: runs MeasureService (the same code as `looplab measure`), so the
 * scenario loader, the engine and the Python child processes stay out of the main process. If
 * the app quits mid-measurement, the Python sees its input close and stops everything itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { MeasureService } from './measureService';
import type { MeasureRequest, MeasureResponse, MeasureWorkerData } from './measureProtocol';

const post = (message: MeasureResponse) => parentPort?.postMessage(message);
const service = new MeasureService({
  packageDir: (workerData as MeasureWorkerData).packageDir,
  send: (progress) => post({ type: 'progress', progress }),
});

parentPort?.on('message', (request: MeasureRequest) => {
  if (request.type === 'cancel') service.cancel();
  else if (request.type === 'availability') void service.availability().then((result) => post({ id: request.id, type: 'availability', result }));
  else void service.measureNow(request.scenario, request.repeats).then((result) => post({ id: request.id, type: 'measure', result }));
});
