import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODELS_DIR } from '../../../src/cli/modelFiles';
import { interiorUnevenness, upsample } from '../../../src/demos/unet-lessons/upsampling';
import { rareLosses } from '../../../src/demos/unet-lessons/rareLosses';
import { checkSize, inspectOnnx } from '../../../src/demos/unet-lessons/inspectOnnx';
import { encodeModel } from '../../../src/models/onnx/onnxModel';

const ones = (n: number) => new Float32Array(n).fill(1);

describe('upsampling a constant 6×6 map to 12×12 with weights of ones', () => {
  it('transposed conv k3 s2 gives the checkerboard of tap counts 1, 2, 4 (Odena et al.: 3 is not divisible by 2)', () => {
    const y = upsample(ones(36), 6, 6, 'convT3', 'uniform');
    // Row 2 (interior, even) alternates 1 tap per axis × {2, 1}: hand count [.., 2, 4, 2, 4 ..] on odd rows, [1, 2, 1, 2] on even rows.
    expect(Array.from(y.slice(2 * 12 + 2, 2 * 12 + 6))).toEqual([1, 2, 1, 2]);
    expect(Array.from(y.slice(3 * 12 + 2, 3 * 12 + 6))).toEqual([2, 4, 2, 4]);
    expect(interiorUnevenness(y, 12, 12)).toBeGreaterThan(1);
  });
  it('transposed conv k4 s2 overlaps evenly: every interior output gets 2 × 2 = 4 taps', () => {
    const y = upsample(ones(36), 6, 6, 'convT4', 'uniform');
    expect(interiorUnevenness(y, 12, 12)).toBe(0);
    expect(y[5 * 12 + 5]).toBe(4);
  });
  it('nearest ×2 then a 3×3 conv maps a constant to a constant 9 inside', () => {
    const y = upsample(ones(36), 6, 6, 'resizeConv', 'uniform');
    expect(interiorUnevenness(y, 12, 12)).toBe(0);
    expect(y[5 * 12 + 5]).toBe(9);
  });
  it('keeps the checkerboard with random weights for k3 s2, and none for resize-convolution', () => {
    expect(interiorUnevenness(upsample(ones(36), 6, 6, 'convT3', 'random'), 12, 12)).toBeGreaterThan(0.1);
    // Float sums of the same nine weights in different orders: below 1e-6 relative.
    expect(interiorUnevenness(upsample(ones(36), 6, 6, 'resizeConv', 'random'), 12, 12)).toBeLessThan(1e-6);
  });
});

describe('cross-entropy versus Dice on a rare class', () => {
  it('agrees with a hand count on two pixels at p = 0.5: CE = ln 2, Dice loss = 1 − (2·0.5 + 1)/(0.5 + 0.5 + 1 + 1)', () => {
    const l = rareLosses(1, 2, 0.5, 0.5);
    expect(l.ce).toBeCloseTo(Math.LN2, 6); // float32 logits: 1e-6
    expect(l.dice).toBeCloseTo(1 - 2 / 3, 6);
    expect(l.sum).toBeCloseTo(l.ce + l.dice, 12);
  });
  it('barely charges cross-entropy for missing a 20-pixel object in 1,024 pixels, but charges Dice almost fully', () => {
    const [miss, hit] = [rareLosses(20, 1024, 0.01, 0.01), rareLosses(20, 1024, 0.99, 0.01)];
    expect(miss.ce - hit.ce).toBeLessThan(0.1); // (20/1024)·(ln 0.99 − ln 0.01) ≈ 0.09
    expect(miss.dice - hit.dice).toBeGreaterThan(0.5);
  });
});

describe('bring-your-own-model inspection', () => {
  const unet = new Uint8Array(readFileSync(join(MODELS_DIR, 'unet', 'unet.onnx')));
  it('recognises the shipped U-Net as a 32×32, 4-class segmentation model', () => {
    const r = inspectOnnx('unet.onnx', unet);
    expect(r.segmentation).toEqual({ input: 'image', output: 'logits', height: 32, width: 32, classes: 4 });
    expect(r.cost!.params).toBeGreaterThan(100_000);
  });
  it('refuses a 300 MB file by its size, without reading it', () => {
    expect(checkSize('big.onnx', 300 * 1024 * 1024)!.message).toMatch(/300\.0 MB: the limit here is 100\.0 MB/);
  });
  it('says a truncated or random file is not a readable model', () => {
    expect(inspectOnnx('cut.onnx', unet.slice(0, 1000)).ok).toBe(false);
    expect(
      inspectOnnx(
        'junk.onnx',
        Uint8Array.from({ length: 500 }, (_, i) => (i * 97 + 13) & 255),
      ).ok,
    ).toBe(false);
  });
  it('reads a classifier but does not run it on the scene: its output is not per-class maps', () => {
    const clf = new Uint8Array(readFileSync(join(MODELS_DIR, 'shape-classifier', 'shape-classifier.onnx')));
    const r = inspectOnnx('clf.onnx', clf);
    expect(r.ok).toBe(true);
    expect(r.segmentation).toBeUndefined();
    expect(r.why).toMatch(/output 'logits' has shape \[1, 3\]/);
  });
  it('names an op it has no rule for, and a wrong input layout', () => {
    const g = encodeModel({
      nodes: [{ op: 'Einsum', inputs: ['x'], outputs: ['y'], attrs: { equation: { string: 'nhwc->nchw' } } }],
      inputs: [{ name: 'x', type: 'float', shape: [1, 32, 32, 3] }],
      outputs: [{ name: 'y', type: 'float', shape: [1, 4, 32, 32] }],
    });
    const r = inspectOnnx('custom.onnx', g);
    expect(r.message).toMatch(/Ops without a shape rule here \(not counted\): Einsum/);
    expect(r.why).toMatch(/\[1, 32, 32, 3\], not \[N, 3, H, W\]/);
  });
});
