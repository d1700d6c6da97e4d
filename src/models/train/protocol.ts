/**
 * The message protocol of every model that trains in the page (in a Web Worker).
 *
 *   main → worker: start (hyper-parameters) · pause · resume · stop
 *   worker → main: progress (every step) · done · error · diverged
 *
 * A run ends with exactly one of done / error / diverged. Images in samples are CHW float
 * [3, H, W] in [0, 1] (the shapes-world layout; `chwToRgba` in models/data/render.ts draws them).
 */

export interface TrainParams {
  learningRate: number; // Adam
  batchSize: number;
  steps: number; // optimisation steps; every step draws a fresh seeded batch
  seed: number; // data, initial weights and everything else random
  evalEvery?: number; // steps between validation metrics + sample predictions (default 10)
  sampleCount?: number; // sample predictions per evaluation (default 6)
  /** Echoed on every message of the run, so the page can drop late messages of a run it replaced. */
  runId?: number;
}

export type ToWorker = { type: 'start'; params: TrainParams } | { type: 'pause' } | { type: 'resume' } | { type: 'stop' };

export interface SamplePrediction {
  image: Float32Array; // CHW [3, height, width]
  width: number;
  height: number;
  trueLabel: string;
  predLabel: string;
  confidence: number; // softmax probability of predLabel
  /** Segmentation models: the predicted and the true class per pixel, [height, width]. */
  predMask?: Uint8Array;
  trueMask?: Uint8Array;
}

export interface ProgressMessage {
  type: 'progress';
  step: number; // 1-based, steps done so far
  totalSteps: number;
  loss: number; // this step's training loss (before its update)
  metrics: Record<string, number>; // batch metrics every step; validation metrics (prefixed "val") on evaluation steps
  samples?: SamplePrediction[]; // on evaluation steps only
  elapsedMs: number;
  backend: string; // tfjs backend doing the work ('wasm' or 'cpu'), for display
}

export type FromWorker = (
  | ProgressMessage
  | { type: 'done'; step: number; loss: number; metrics: Record<string, number>; stopped: boolean; elapsedMs: number }
  | { type: 'error'; message: string }
  | { type: 'diverged'; step: number; loss: number; initialLoss: number; reason: string }
) & { runId?: number };

export type Emit = (message: FromWorker) => void;

/** Defaults and limits the worker applies; the demo's controls should use the same ranges. */
export const PARAM_LIMITS = {
  learningRate: { min: 1e-5, max: 100, default: 2e-3 },
  batchSize: { min: 1, max: 256, default: 16 },
  steps: { min: 1, max: 100000, default: 300 },
} as const;

/** A loss is diverged when it is not finite or exceeds this multiple of the first step's loss. */
export const DIVERGENCE_FACTOR = 1e3;

/** Clamps start parameters into PARAM_LIMITS (a URL or a slider can send anything). */
export function clampParams(p: TrainParams): TrainParams {
  const clamp = (v: number, { min, max, default: d }: { min: number; max: number; default: number }) =>
    Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : d;
  return {
    ...p,
    learningRate: clamp(p.learningRate, PARAM_LIMITS.learningRate),
    batchSize: Math.round(clamp(p.batchSize, PARAM_LIMITS.batchSize)),
    steps: Math.round(clamp(p.steps, PARAM_LIMITS.steps)),
    seed: Number.isFinite(p.seed) ? Math.trunc(p.seed) >>> 0 : 1,
  };
}
