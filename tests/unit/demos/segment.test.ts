import { describe, expect, it } from 'vitest';
import { segmentScene } from '../../../src/demos/unet/segment';
import { encodeModel } from '../../../src/models/onnx/onnxModel';
import { createSession } from '../../../src/models/runtime/ort';
import { UNET_IO } from '../../../src/models/unet/io';

/**
 * A stand-in "U-Net" that onnxruntime runs: a 1×1 Conv that scores class k by colour channel
 * k − 1 (×10) and the background by a bias of 1, then Softmax over the class axis. Black pixels
 * are background, red circle, green square, blue triangle, so its answer is known by hand.
 */
function colourNet(size: number): Uint8Array {
  return encodeModel({
    nodes: [
      { op: 'Conv', inputs: [UNET_IO.input, 'w', 'b'], outputs: [UNET_IO.logits] },
      { op: 'Softmax', inputs: [UNET_IO.logits], outputs: [UNET_IO.probs], attrs: { axis: { int: 1 } } },
    ],
    inputs: [{ name: UNET_IO.input, type: 'float', shape: [1, 3, size, size] }],
    outputs: [{ name: UNET_IO.probs, type: 'float', shape: [1, 4, size, size] }],
    initializers: [
      { name: 'w', type: 'float', dims: [4, 3, 1, 1], data: [0, 0, 0, 10, 0, 0, 0, 10, 0, 0, 0, 10] },
      { name: 'b', type: 'float', dims: [4], data: [1, 0, 0, 0] },
    ],
  });
}
const mask = (rows: string[]) => Uint8Array.from(rows.join('').split('').map(Number));
/** A CHW image whose pixel of class k is black (k = 0) or full channel k − 1. */
function paint(classes: Uint8Array): Float32Array {
  const plane = classes.length;
  const img = new Float32Array(3 * plane);
  classes.forEach((k, p) => k > 0 && (img[(k - 1) * plane + p] = 1));
  return img;
}

// ORT's Softmax in float32 against Math.exp in float64: a few ulp of probabilities ≤ 1.
const PROB_TOLERANCE = 1e-6;

describe('segmentScene', () => {
  const S = 6;
  // A 4×4 square of class 2 on background; the "network" gets three pixels wrong.
  const truth = mask(['000000', '022220', '022220', '022220', '022220', '000000']);
  const shown = mask(['100000', '002220', '023220', '022220', '022220', '000000']);

  it('takes the argmax, counts wrong pixels and those on an edge, and scores IoU per class by hand', async () => {
    const session = await createSession(colourNet(S));
    const seg = await segmentScene(session, paint(shown), S, truth);
    expect(Array.from(seg.pred)).toEqual(Array.from(shown));
    // Wrong: (0,0) background → 1, not on an edge; (1,1) 2 → 0, on the square's edge; (2,2) 2 → 3, inside.
    expect(seg.wrong).toBe(3);
    expect(seg.wrongOnEdge).toBe(1);
    // IoU = TP / (TP + FP + FN): background 19 / 21; class 1 and 3 predicted once, never true: 0;
    // class 2: 14 of its 16 pixels predicted, nothing else predicted as 2: 14 / 16.
    expect(seg.metrics.iou[0]).toBeCloseTo(19 / 21, 12);
    expect(seg.metrics.iou[1]).toBe(0);
    expect(seg.metrics.iou[2]).toBeCloseTo(14 / 16, 12);
    expect(seg.metrics.iou[3]).toBe(0);
  });

  it('returns the softmax over classes at every pixel, class-major [4, S, S]', async () => {
    const session = await createSession(colourNet(S));
    const seg = await segmentScene(session, paint(shown), S, truth);
    const plane = S * S;
    // Pixel (0, 0) is red: logits [1, 10, 0, 0].
    const z = Math.exp(1) + Math.exp(10) + 2;
    const expected = [Math.exp(1) / z, Math.exp(10) / z, 1 / z, 1 / z];
    for (let k = 0; k < 4; k++) expect(Math.abs(seg.probs[k * plane] - expected[k])).toBeLessThanOrEqual(PROB_TOLERANCE);
    for (let p = 0; p < plane; p++) {
      const sum = [0, 1, 2, 3].reduce((a, k) => a + seg.probs[k * plane + p], 0);
      expect(Math.abs(sum - 1)).toBeLessThanOrEqual(PROB_TOLERANCE);
    }
  });
});
