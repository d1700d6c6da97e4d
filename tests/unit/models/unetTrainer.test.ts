import { beforeAll, describe, expect, it } from 'vitest';
import { unetTrainLoop } from '../../../src/models/train/unetTrainer';
import { TrainControl } from '../../../src/models/train/control';
import type { FromWorker, TrainParams } from '../../../src/models/train/protocol';
import { useTfBackend } from '../../../src/models/runtime/tfBackend';
import { segBatch } from '../../../src/models/unet/data';

/** Smoke runs of the in-page U-Net training loop (cpu backend, batch 2, a few steps). */
const base: TrainParams = { learningRate: 3e-3, batchSize: 2, steps: 2, seed: 5, evalEvery: 2, sampleCount: 2 };
async function run(params: Partial<TrainParams>, control?: TrainControl) {
  const messages: FromWorker[] = [];
  await unetTrainLoop({ ...base, ...params }, (m) => messages.push(m), control);
  return messages;
}

describe('U-Net live training loop', () => {
  beforeAll(async () => {
    await useTfBackend('cpu');
  });

  it('reports every step, validation meanIoU, and predicted masks of the fixed scenes beside their true masks', async () => {
    const m = await run({});
    const progress = m.filter((x) => x.type === 'progress');
    expect(progress.map((p) => p.step)).toEqual([1, 2]);
    const last = progress[1];
    expect(last.metrics.valMeanIoU).toBeGreaterThanOrEqual(0);
    expect(last.samples).toHaveLength(2);
    const s = last.samples![0];
    expect(s.predMask!.length).toBe(32 * 32);
    // The true mask is the scene generator's own classMask, not something the trainer computed.
    expect(Array.from(s.trueMask!)).toEqual(Array.from(segBatch(5, 1_000_000_000, 1).masks));
    expect(m.at(-1)!.type).toBe('done');
  });

  it('stops when asked and says it was stopped', async () => {
    const control = new TrainControl();
    control.stop();
    const m = await run({ steps: 5 }, control);
    expect(m.at(-1)).toMatchObject({ type: 'done', stopped: true, step: 0 });
  });

  it('a learning rate of 100 diverges and the run ends with a diverged message, not a crash', async () => {
    const m = await run({ learningRate: 100, steps: 8, evalEvery: 1000 });
    const end = m.at(-1)!;
    // Adam at lr 100 throws the weights far off within a few steps: the loss leaves 1000× its start or becomes NaN.
    expect(end.type).toBe('diverged');
  });
});
