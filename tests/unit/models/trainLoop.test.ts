import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainLoop } from '../../../src/models/train/shapeClassifierTrainer';
import { TrainControl } from '../../../src/models/train/control';
import { serveTraining, type WorkerPort } from '../../../src/models/train/workerHost';
import { clampParams, type FromWorker, type TrainParams } from '../../../src/models/train/protocol';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';
import { SHAPES } from '../../../src/models/data/geometry';

/** Tiny smoke runs of the live-training loop (cpu backend, a handful of steps, batch 4). */
const base: TrainParams = { learningRate: 2e-3, batchSize: 4, steps: 3, seed: 5, evalEvery: 1000, sampleCount: 2 };

async function run(params: Partial<TrainParams>, control?: TrainControl, onMessage?: (m: FromWorker) => void) {
  const messages: FromWorker[] = [];
  await trainLoop(
    { ...base, ...params },
    (m) => {
      messages.push(m);
      onMessage?.(m);
    },
    control,
  );
  return messages;
}

describe('shape classifier trainLoop', () => {
  beforeAll(async () => {
    await useTfBackend('cpu');
  });

  it('emits progress every step, samples on evaluation steps, then done', async () => {
    const before = tf.memory().numTensors;
    const msgs = await run({ steps: 3, evalEvery: 2 });
    expect(msgs.map((m) => m.type)).toEqual(['progress', 'progress', 'progress', 'done']);
    const p = msgs.filter((m) => m.type === 'progress');
    expect(p.map((m) => m.step)).toEqual([1, 2, 3]);
    expect(p.every((m) => Number.isFinite(m.loss) && m.totalSteps === 3 && 'accuracy' in m.metrics)).toBe(true);
    expect(p[0].samples).toBeUndefined();
    const s = p[1].samples!;
    expect(s).toHaveLength(2);
    expect(s[0].image.length).toBe(3 * s[0].width * s[0].height);
    expect(SHAPES).toContain(s[0].trueLabel);
    expect(SHAPES).toContain(s[0].predLabel);
    expect(p[1].metrics.valAccuracy).toBeGreaterThanOrEqual(0);
    expect(tf.memory().numTensors).toBe(before); // model and optimizer disposed, no per-step leak
  });

  it('is reproducible: the same seed gives the same losses', async () => {
    const losses = async () => (await run({ steps: 2 })).filter((m) => m.type === 'progress').map((m) => m.loss);
    expect(await losses()).toEqual(await losses());
  });

  it('reports diverged, not done, within a few steps at learning rate 10', async () => {
    const msgs = await run({ learningRate: 10, steps: 50 });
    const last = msgs[msgs.length - 1];
    expect(last.type).toBe('diverged');
    if (last.type === 'diverged') {
      expect(last.step).toBeLessThanOrEqual(10);
      expect(last.reason).toMatch(/loss/);
    }
    expect(msgs.some((m) => m.type === 'done')).toBe(false);
  });

  it('stops on request with done { stopped: true }', async () => {
    const control = new TrainControl();
    const msgs = await run({ steps: 100 }, control, (m) => m.type === 'progress' && m.step === 2 && control.stop());
    const last = msgs[msgs.length - 1];
    expect(last).toMatchObject({ type: 'done', stopped: true, step: 2 });
  });

  it('pauses between steps and resumes where it left off', async () => {
    const control = new TrainControl();
    let steps = 0;
    const done = run({ steps: 3 }, control, (m) => {
      if (m.type === 'progress' && ++steps === 1) control.pause();
    });
    await new Promise((r) => setTimeout(r, 150));
    expect(steps).toBe(1);
    control.resume();
    const msgs = await done;
    expect(msgs.map((m) => m.type)).toEqual(['progress', 'progress', 'progress', 'done']);
  });

  it('serveTraining speaks the protocol over a port', async () => {
    const received: FromWorker[] = [];
    let finish!: () => void;
    const ended = new Promise<void>((r) => (finish = r));
    const port: WorkerPort = {
      onmessage: null,
      postMessage: (m) => {
        received.push(m as FromWorker);
        if (['done', 'error', 'diverged'].includes((m as FromWorker).type)) finish();
      },
    };
    serveTraining(port, trainLoop);
    port.onmessage!({ data: { type: 'start', params: { ...base, steps: 2 } } } as MessageEvent);
    await ended;
    expect(received.map((m) => m.type)).toEqual(['progress', 'progress', 'done']);
  });

  it('clamps start parameters into range', () => {
    expect(clampParams({ learningRate: -1, batchSize: 1e9, steps: NaN, seed: 3.7 })).toMatchObject({ learningRate: 1e-5, batchSize: 256, steps: 300, seed: 3 });
  });
});
