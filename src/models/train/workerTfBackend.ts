/**
 * The tfjs backend of a training worker: wasm, single-threaded (the threaded build hangs under
 * COOP/COEP), falling back to cpu if wasm cannot start; chosen once per worker, on the first run.
 * The wasm binaries are Vite asset URLs, so the bundle serves them from its own origin.
 */
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { useTfBackend, type BackendChoice } from '../runtime/tfBackend';

const configureWasm = () =>
  setWasmPaths({
    'tfjs-backend-wasm.wasm': wasmPlain,
    'tfjs-backend-wasm-simd.wasm': wasmSimd,
    // Never fetched (multithreading is off) but setWasmPaths wants all three.
    'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
  });

let backend: Promise<BackendChoice> | undefined;

export const workerTfBackend = (): Promise<BackendChoice> => (backend ??= useTfBackend('wasm', configureWasm));
