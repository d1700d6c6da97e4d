/**
 * Web Worker that trains the tiny U-Net live (unetTrainer.ts). Create it as a Vite module worker:
 *   new Worker(new URL('./unet.worker.ts', import.meta.url), { type: 'module' })
 * and speak the protocol of ./protocol.ts. Backend: tfjs wasm (single-threaded: the threaded
 * build hangs under COOP/COEP), falling back to cpu if wasm cannot start.
 */
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { useTfBackend, type BackendChoice } from '../runtime/tfBackend';
import { serveTraining, type WorkerPort } from './workerHost';
import { unetTrainLoop } from './unetTrainer';

let backend: Promise<BackendChoice> | undefined;
const configureWasm = () =>
  setWasmPaths({
    'tfjs-backend-wasm.wasm': wasmPlain,
    'tfjs-backend-wasm-simd.wasm': wasmSimd,
    // Never fetched (multithreading is off) but setWasmPaths wants all three.
    'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
  });

serveTraining(self as unknown as WorkerPort, unetTrainLoop, () => (backend ??= useTfBackend('wasm', configureWasm)));
