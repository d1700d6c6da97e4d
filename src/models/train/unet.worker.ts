/**
 * Web Worker that trains the tiny U-Net live (unetTrainer.ts). Create it as a Vite module worker:
 *   new Worker(new URL('./unet.worker.ts', import.meta.url), { type: 'module' })
 * and speak the protocol of ./protocol.ts. Backend: workerTfBackend (tfjs wasm, cpu if wasm cannot start).
 */
import { workerTfBackend } from './workerTfBackend';
import { serveTraining, type WorkerPort } from './workerHost';
import { unetTrainLoop } from './unetTrainer';

serveTraining(self as unknown as WorkerPort, unetTrainLoop, workerTfBackend);
