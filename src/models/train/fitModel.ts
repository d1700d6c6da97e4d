import * as tf from '@tensorflow/tfjs';
import { randomSeeded } from '../../kernels/random';
import type { ModelSpec, StepContext, TrainConfig } from '../spec';
import { shuffled } from './shuffled';

export interface FitResult<M, V> {
  model: M;
  validation: V;
  history: Record<string, number>[];
  wallTimeSeconds: number; // data, training and the final validation
}

/**
 * The one offline training loop (the train CLI's, and the tests' on tiny configs): Adam, a seeded
 * shuffle of the training set each epoch, floor(trainCount / batchSize) minibatches, the spec's
 * learning rate set before every step, held-out validation after each epoch. A loss that is not
 * finite stops the run with an error naming the step: shipping a diverged model helps nobody.
 * Same spec, config and seed, same weights (seeded data, initialisers and shuffles; deterministic kernels).
 */
export function fitModel<C extends TrainConfig, M, D extends { trainCount: number }, B, V>(
  spec: ModelSpec<C, M, D, B, V>,
  c: C,
  log: (line: string) => void = () => {},
): FitResult<M, V> {
  const t0 = performance.now();
  const seconds = () => (performance.now() - t0) / 1000;
  const d = spec.data(c, log);
  const model = spec.build(c);
  const optimizer = tf.train.adam(c.learningRate);
  const rand = randomSeeded(c.seed ^ spec.shuffleSalt);
  const stepsPerEpoch = Math.floor(d.trainCount / c.batchSize);
  const totalSteps = stepsPerEpoch * c.epochs;
  const history: Record<string, number>[] = [];
  let step = 0;
  try {
    for (let epoch = 1; epoch <= c.epochs; epoch++) {
      const order = shuffled(d.trainCount, rand);
      let loss = 0;
      const sums: Record<string, number> = {};
      for (let s = 0; s < stepsPerEpoch; s++, step++) {
        const at: StepContext = { epoch, stepInEpoch: s, step, stepsPerEpoch, totalSteps, rand };
        (optimizer as unknown as { learningRate: number }).learningRate = spec.learningRate(c, at);
        const r = spec.step(model, optimizer, spec.batch(d, order.subarray(s * c.batchSize, (s + 1) * c.batchSize), at), c);
        if (!Number.isFinite(r.loss)) throw new Error(`${spec.name}: loss is ${r.loss} at epoch ${epoch}, step ${s + 1}`);
        loss += r.loss;
        for (const [k, v] of Object.entries(r.metrics)) sums[k] = (sums[k] ?? 0) + v;
        if (spec.logEvery && (s + 1) % spec.logEvery === 0)
          log(`  epoch ${epoch} step ${s + 1}/${stepsPerEpoch}: loss ${(loss / (s + 1)).toFixed(4)} (${seconds().toFixed(0)} s)`);
      }
      const train = Object.fromEntries(Object.entries(sums).map(([k, v]) => [`train${k[0].toUpperCase()}${k.slice(1)}`, v / stepsPerEpoch]));
      const row = { epoch, trainLoss: loss / stepsPerEpoch, ...train, ...spec.historyRow(spec.validate(model, d, c, false)), seconds: seconds() };
      history.push(row);
      const shown = Object.entries(row).filter(([k]) => k !== 'epoch' && k !== 'seconds');
      log(`epoch ${epoch}/${c.epochs}: ${shown.map(([k, v]) => `${k} ${v.toFixed(4)}`).join(', ')} (${row.seconds.toFixed(0)} s)`);
    }
    return { model, validation: spec.validate(model, d, c, true), history, wallTimeSeconds: Math.round(seconds() * 10) / 10 };
  } catch (e) {
    spec.dispose(model);
    throw e;
  } finally {
    optimizer.dispose();
  }
}
