import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';
import { decoupledDecay } from '../../../src/models/train/decoupledDecay';
import { fittingLoop } from '../../../src/models/train/fittingTrainer';
import { epochBatches } from '../../../src/models/train/epochBatches';
import { randomSeeded } from '../../../src/kernels/random';
import type { FittingParams } from '../../../src/models/train/labParams';
import type { FromWorker } from '../../../src/models/train/protocol';
import { serveTraining, type WorkerPort } from '../../../src/models/train/workerHost';

const base: FittingParams = {
  kind: 'fitting',
  learningRate: 0.01,
  batchSize: 4,
  steps: 1,
  seed: 3,
  width: 2,
  trainSize: 8,
  epochs: 3,
  dropout: 0.5,
  weightDecay: 0.1,
  augment: true,
  earlyStop: false,
  patience: 10,
};

async function run(p: Partial<FittingParams>) {
  const msgs: FromWorker[] = [];
  await fittingLoop({ ...base, ...p } as FittingParams, (m) => msgs.push(m));
  return msgs;
}

describe('fitting trainer', () => {
  beforeAll(async () => {
    await useTfBackend('cpu');
  });

  it('decoupled decay with lr·λ = 0.5 halves every kernel and leaves biases alone (hand case)', () => {
    const m = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 1, kernelInitializer: 'ones', biasInitializer: 'ones' })] });
    decoupledDecay(m, 0.05, 10); // 1 − 0.05·10 = 0.5
    const [kernel, bias] = m.getWeights().map((w) => Array.from(w.dataSync()));
    expect(kernel).toEqual([0.5, 0.5]); // 0.5 is exact in float32
    expect(bias).toEqual([1]);
    m.dispose();
  });

  it('an epoch is floor(n / batch) steps, and a batch larger than the set is the whole set', () => {
    const shape = (n: number, b: number) => {
      const e = epochBatches(n, b, randomSeeded(1));
      return { batch: e.batch, stepsPerEpoch: e.stepsPerEpoch };
    };
    expect(shape(48, 16)).toEqual({ batch: 16, stepsPerEpoch: 3 });
    expect(shape(50, 16)).toEqual({ batch: 16, stepsPerEpoch: 3 });
    expect(shape(6, 16)).toEqual({ batch: 6, stepsPerEpoch: 1 });
  });

  it('each epoch visits distinct rows, a fresh permutation per epoch', () => {
    const e = epochBatches(6, 3, randomSeeded(7));
    const epoch = (k: number) => [...e.indices(k), ...e.indices(k + 1)];
    const [a, b] = [epoch(1), epoch(3)];
    expect([...a].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect([...b].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(a).not.toEqual(b); // mulberry32 seed 7 gives two different orders
  });

  it('evaluates once per epoch on the training and validation sets and leaves no tensor behind', async () => {
    const before = tf.memory().numTensors;
    const msgs = await run({});
    expect(tf.memory().numTensors).toBe(before);
    const evals = msgs.filter((m) => m.type === 'progress' && m.metrics.valEpoch !== undefined);
    expect(evals.map((m) => m.type === 'progress' && m.metrics.valEpoch)).toEqual([1, 2, 3]);
    expect(msgs.filter((m) => m.type === 'progress')).toHaveLength(6); // 3 epochs × floor(8 / 4) steps
    expect(msgs.at(-1)!.type).toBe('done');
  });

  it('with early stopping and patience 1 the run stops itself at the first epoch that does not improve', async () => {
    const msgs = await run({ earlyStop: true, patience: 1, epochs: 40, augment: false, dropout: 0, weightDecay: 0, learningRate: 0.05 });
    const losses = msgs.flatMap((m) => (m.type === 'progress' && m.metrics.valEpoch !== undefined ? [m.metrics.valLoss] : []));
    const done = msgs.at(-1)!;
    expect(done.type === 'done' && done.stopped).toBe(true);
    // The last epoch is the first whose loss is not below every earlier one (the rule, patience 1).
    const k = losses.length - 1;
    expect(losses[k]).toBeGreaterThanOrEqual(Math.min(...losses.slice(0, k)));
    for (let e = 1; e < k; e++) expect(losses[e]).toBeLessThan(Math.min(...losses.slice(0, e)));
  });

  it('a restart mid-run: every message carries its run’s id, and the replaced run ends before the new one starts', async () => {
    const received: FromWorker[] = [];
    let finish!: () => void;
    const ended = new Promise<void>((r) => (finish = r));
    const port: WorkerPort = {
      onmessage: null,
      postMessage: (m) => {
        received.push(m as FromWorker);
        if ((m as FromWorker).runId === 2 && (m as FromWorker).type === 'done') finish();
      },
    };
    serveTraining(port, fittingLoop);
    port.onmessage!({ data: { type: 'start', params: { ...base, epochs: 50, runId: 1 } } } as MessageEvent);
    await new Promise((r) => setTimeout(r, 50));
    port.onmessage!({ data: { type: 'start', params: { ...base, epochs: 1, runId: 2 } } } as MessageEvent);
    await ended;
    const ids = received.map((m) => m.runId);
    expect(ids.every((id) => id === 1 || id === 2)).toBe(true);
    const firstOfTwo = ids.indexOf(2);
    expect(ids.slice(firstOfTwo).every((id) => id === 2)).toBe(true); // nothing of run 1 after run 2 began
    expect(received[firstOfTwo - 1]).toMatchObject({ type: 'done', stopped: true, runId: 1 });
  });
});
