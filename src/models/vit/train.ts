import * as tf from '@tensorflow/tfjs';
import type { PatchRows } from './data';
import { vitForward } from './forward';
import { namedVariables, tokenCount, type Vit } from './model';

/**
 * One optimisation step of vit-tiny and its batched prediction. Loss: the sum of the two heads'
 * mean softmax cross-entropies (shape and colour), on logits. No tensor outlives a call.
 */

export type PatchBatch = PatchRows;

function patchTensor(m: Vit, patches: Float32Array, n: number): tf.Tensor3D {
  const c = m.config;
  return tf.tensor3d(patches, [n, tokenCount(c) - 1, c.channels * c.patchSize * c.patchSize]);
}

/** One Adam step over every variable; returns the batch loss (before the update) and both batch accuracies. */
export function vitTrainStep(m: Vit, optimizer: tf.Optimizer, b: PatchBatch): { loss: number; shapeAccuracy: number; colourAccuracy: number } {
  const x = patchTensor(m, b.patches, b.count);
  const [ys, yc] = tf.tidy(() => [
    tf.oneHot(tf.tensor1d(b.shapes, 'int32'), m.config.shapeClasses),
    tf.oneHot(tf.tensor1d(b.colours, 'int32'), m.config.colourClasses),
  ]);
  let shapeRight = 0;
  let colourRight = 0;
  const vars = namedVariables(m).map(([, v]) => v);
  const lossT = optimizer.minimize(
    () => {
      const o = vitForward(m, x);
      [shapeRight, colourRight] = tf.tidy(() =>
        [o.shapeLogits, o.colourLogits].map((z, i) => tf.sum(tf.equal(tf.argMax(z, 1), tf.argMax(i ? yc : ys, 1))).dataSync()[0]),
      );
      return tf.add(tf.losses.softmaxCrossEntropy(ys, o.shapeLogits), tf.losses.softmaxCrossEntropy(yc, o.colourLogits)) as tf.Scalar;
    },
    true,
    vars,
  )!;
  const loss = lossT.dataSync()[0];
  tf.dispose([x, ys, yc, lossT]);
  return { loss, shapeAccuracy: shapeRight / b.count, colourAccuracy: colourRight / b.count };
}

/** Logits of both heads for n patch rows, in chunks to bound memory. */
export function predictVit(m: Vit, patches: Float32Array, n: number, chunk = 256): { shapeLogits: Float32Array; colourLogits: Float32Array } {
  const per = patches.length / n;
  const S = m.config.shapeClasses;
  const C = m.config.colourClasses;
  const shapeLogits = new Float32Array(n * S);
  const colourLogits = new Float32Array(n * C);
  for (let s = 0; s < n; s += chunk) {
    const k = Math.min(chunk, n - s);
    tf.tidy(() => {
      const o = vitForward(m, patchTensor(m, patches.subarray(s * per, (s + k) * per), k));
      shapeLogits.set(o.shapeLogits.dataSync(), s * S);
      colourLogits.set(o.colourLogits.dataSync(), s * C);
    });
  }
  return { shapeLogits, colourLogits };
}
