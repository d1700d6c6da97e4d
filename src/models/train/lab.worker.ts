/**
 * Web Worker for the fitting and fine-tuning demos (fittingTrainer.ts, fineTuneTrainer.ts): one
 * module, the run's `kind` picks the loop. Protocol: ./protocol.ts, start params: ./labParams.ts.
 * Backend as in shapeClassifier.worker.ts: tfjs wasm, single-threaded, cpu if wasm cannot start.
 * The shipped shape classifier's tfjs weights are fetched once, on the first fine-tuning run.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import modelJsonUrl from '../../../models/shape-classifier/tfjs/model.json?url';
import weightsUrl from '../../../models/shape-classifier/tfjs/weights.bin?url';
import { useTfBackend, type BackendChoice } from '../runtime/tfBackend';
import { serveTraining, type WorkerPort } from './workerHost';
import { fittingLoop } from './fittingTrainer';
import { fineTuneLoop } from './fineTuneTrainer';
import type { LabParams } from './labParams';

let backend: Promise<BackendChoice> | undefined;
const configureWasm = () =>
  setWasmPaths({
    'tfjs-backend-wasm.wasm': wasmPlain,
    'tfjs-backend-wasm-simd.wasm': wasmSimd,
    'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
  });

let shipped: Promise<tf.LayersModel> | undefined;
const loadShipped = () =>
  (shipped ??= (async () => {
    const json = await (await fetch(modelJsonUrl)).json();
    const weightData = await (await fetch(weightsUrl)).arrayBuffer();
    return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0].weights, weightData }));
  })().catch((e) => {
    shipped = undefined; // let the next run try again
    throw e;
  }));

serveTraining(
  self as unknown as WorkerPort,
  (params, emit, control) =>
    (params as LabParams).kind === 'fine-tuning' ? fineTuneLoop(params, emit, control, loadShipped) : fittingLoop(params, emit, control),
  () => (backend ??= useTfBackend('wasm', configureWasm)),
);
