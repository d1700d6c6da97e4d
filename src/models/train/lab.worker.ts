/**
 * Web Worker for the fitting and fine-tuning demos (fittingTrainer.ts, fineTuneTrainer.ts): one
 * module, the run's `kind` picks the loop. Protocol: ./protocol.ts, start params: ./labParams.ts.
 * Backend: workerTfBackend (tfjs wasm, single-threaded, cpu if wasm cannot start).
 * The shipped shape classifier's tfjs weights are fetched once, on the first fine-tuning run.
 */
import * as tf from '@tensorflow/tfjs';
// The topology (3.3 kB) is bundled, one request fewer; the weights are fetched on first use.
import modelJson from '../../../models/shape-classifier/tfjs/model.json';
import weightsUrl from '../../../models/shape-classifier/tfjs/weights.bin?url';
import { workerTfBackend } from './workerTfBackend';
import { serveTraining, type WorkerPort } from './workerHost';
import { fittingLoop } from './fittingTrainer';
import { fineTuneLoop } from './fineTuneTrainer';
import type { LabParams } from './labParams';

let shipped: Promise<tf.LayersModel> | undefined;
const loadShipped = () =>
  (shipped ??= (async () => {
    const weightData = await (await fetch(weightsUrl)).arrayBuffer();
    return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: modelJson.modelTopology, weightSpecs: modelJson.weightsManifest[0].weights, weightData }));
  })().catch((e) => {
    shipped = undefined; // let the next run try again
    throw e;
  }));

serveTraining(
  self as unknown as WorkerPort,
  (params, emit, control) =>
    (params as LabParams).kind === 'fine-tuning' ? fineTuneLoop(params, emit, control, loadShipped) : fittingLoop(params, emit, control),
  workerTfBackend,
);
