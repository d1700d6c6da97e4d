import { describe, expect, it } from 'vitest';
import { explainRow, rowPlace } from '../../../src/demos/yolo/explain';
import { yoloDecode } from '../../../src/kernels/yoloDecode';
import { randomSeeded } from '../../../src/kernels/random';

const anchors = [
  [10.8, 10.69],
  [15.51, 15.24],
  [23.26, 22.65],
] as const;
const labels = ['circle', 'square', 'triangle'];

describe('yolo demo: a decoded prediction spelled out', () => {
  const r = randomSeeded(11);
  const head = { data: Float32Array.from({ length: 24 * 64 }, () => 4 * r() - 2), shape: [24, 8, 8] };
  const decoded = yoloDecode(head, { anchors, stride: 8, numClasses: 3, classActivation: 'softmax' });
  const rows = [0, 7, 63, 64, 100, 191];

  it.each(rows)('row %i reads its raw values from channel anchor·8 + k at its cell, and its numbers redo yoloDecode’s box', (row) => {
    const e = explainRow(head, decoded, row, anchors, 8, labels);
    const { anchor, cellX, cellY } = rowPlace(row, 8);
    expect([e.anchor, e.cellX, e.cellY]).toEqual([anchor, cellX, cellY]);
    // Row = (a·S + cy)·S + cx, as yoloDecode lays rows out; hand-checked for two rows.
    if (row === 100) expect([anchor, cellY, cellX]).toEqual([1, 4, 4]);
    if (row === 191) expect([anchor, cellY, cellX]).toEqual([2, 7, 7]);
    expect(e.raw).toEqual(Array.from({ length: 8 }, (_, k) => head.data[(anchor * 8 + k) * 64 + cellY * 8 + cellX]));
    const σ = (x: number) => 1 / (1 + Math.exp(-x));
    const [tx, ty, tw, th] = e.raw;
    const b = decoded.boxes.data.subarray(4 * row, 4 * row + 4);
    // yoloDecode rounds its box to float32 once: a few ulps of 64 px.
    expect(Math.abs((σ(tx) + cellX) * 8 - (b[0] + b[2]) / 2)).toBeLessThan(1e-4);
    expect(Math.abs((σ(ty) + cellY) * 8 - (b[1] + b[3]) / 2)).toBeLessThan(1e-4);
    expect(Math.abs(anchors[anchor][0] * Math.exp(tw) - (b[2] - b[0]))).toBeLessThan(1e-4);
    expect(Math.abs(anchors[anchor][1] * Math.exp(th) - (b[3] - b[1]))).toBeLessThan(1e-4);
    expect(e.lines).toHaveLength(8);
    expect(e.lines[1]).toMatch(new RegExp(`^bx = \\(σ\\(tx\\) \\+ cx\\)·8 = \\(σ\\(-?[\\d.]+\\) \\+ ${cellX}\\)·8`));
  });
});
