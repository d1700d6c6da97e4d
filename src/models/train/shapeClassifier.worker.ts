/**
 * Web Worker that trains the shape classifier live. Create it as a Vite module worker:
 *   new Worker(new URL('./shapeClassifier.worker.ts', import.meta.url), { type: 'module' })
 * and speak the protocol of ./protocol.ts. Backend: workerTfBackend (tfjs wasm, cpu if wasm cannot start).
 */
import { workerTfBackend } from './workerTfBackend';
import { serveTraining, type WorkerPort } from './workerHost';
import { trainLoop } from './shapeClassifierTrainer';

serveTraining(self as unknown as WorkerPort, trainLoop, workerTfBackend);
