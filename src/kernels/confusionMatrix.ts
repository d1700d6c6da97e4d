import { assertRank, type Tensor } from './tensor';

/**
 * Confusion matrix [K,K] of integer class labels in [0, K): row = true class, column = predicted
 * class, as sklearn.metrics.confusion_matrix(labels=range(K)) lays it out. Counts are exact in
 * float32 up to 2^24 per cell.
 */
export function confusionMatrix(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, numClasses: number): Tensor {
  if (!Number.isInteger(numClasses) || numClasses < 1) throw new Error(`confusionMatrix: numClasses must be a positive integer, got ${numClasses}`);
  if (yTrue.length !== yPred.length) throw new Error(`confusionMatrix: ${yTrue.length} true labels but ${yPred.length} predictions`);
  const m = new Float32Array(numClasses * numClasses);
  for (let i = 0; i < yTrue.length; i++) {
    const [t, p] = [yTrue[i], yPred[i]];
    for (const [v, what] of [
      [t, 'yTrue'],
      [p, 'yPred'],
    ] as const) {
      if (!Number.isInteger(v) || v < 0 || v >= numClasses) throw new Error(`confusionMatrix: ${what}[${i}] = ${v} is not a class in [0, ${numClasses})`);
    }
    m[t * numClasses + p]++;
  }
  return { data: m, shape: [numClasses, numClasses] };
}

/** K of a [K,K] confusion matrix; throws otherwise. */
export function matrixClasses(matrix: Tensor, what: string): number {
  assertRank(matrix, 2, `${what}: confusion matrix`);
  const [k, k2] = matrix.shape;
  if (k !== k2) throw new Error(`${what}: confusion matrix must be square, got [${matrix.shape}]`);
  return k;
}
