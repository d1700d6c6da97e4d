import { earlyStopping } from '../../kernels/earlyStopping';

type Point = { x: number; y: number };
export interface FitView {
  trainLoss: Point[];
  valLoss: Point[];
  trainAcc: Point[];
  valAcc: Point[];
  /** Index into the curves of the lowest validation loss so far, and of the epoch the rule stops after. */
  best: number;
  stop: number | null;
  last: number;
}

/**
 * The fitting demo's curves from a run's evaluations (one per epoch: valEpoch, valLoss, valAccuracy,
 * valTrainLoss, valTrainAccuracy, see fittingTrainer.ts) and where early stopping with `patience`
 * would stop on them, whether or not the run itself stopped there.
 */
export function fitView(evals: { metrics: Record<string, number> }[], patience: number): FitView {
  const rows = evals.map((e) => e.metrics);
  const at = (k: string) => rows.map((m) => ({ x: m.valEpoch, y: m[k] }));
  const rule = earlyStopping(
    rows.map((m) => m.valLoss),
    patience,
  );
  return {
    trainLoss: at('valTrainLoss'),
    valLoss: at('valLoss'),
    trainAcc: at('valTrainAccuracy'),
    valAcc: at('valAccuracy'),
    best: rule.best,
    stop: rule.stop,
    last: rows.length - 1,
  };
}

/** A vertical marker at epoch x spanning the y-range of `lines`, as a two-point series for LineChart. */
export function marker(x: number, lines: Point[][]): Point[] {
  const ys = lines
    .flat()
    .map((p) => p.y)
    .filter(Number.isFinite);
  return ys.length
    ? [
        { x, y: Math.min(...ys) },
        { x, y: Math.max(...ys) },
      ]
    : [];
}
