import { describe, expect, it } from 'vitest';
import { connectedComponents } from '../../../src/kernels/connectedComponents';
import { tensor } from '../../../src/kernels/tensor';

// The worked example of scipy.ndimage.label's documentation (4-connectivity by default; a 3×3
// structure of ones for 8-connectivity), with its printed labelled arrays.
const A = [0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0];

describe('connectedComponents', () => {
  it("labels scipy's documented example with 4-connectivity into 4 components", () => {
    const { labels, count } = connectedComponents(tensor([4, 6], A), 4);
    expect(count).toBe(4);
    expect(Array.from(labels)).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 2, 2, 0, 0, 3, 0, 0, 0, 0, 4, 0, 0]);
  });

  it('labels the same example with 8-connectivity into 2 components', () => {
    const { labels, count } = connectedComponents(tensor([4, 6], A), 8);
    expect(count).toBe(2);
    expect(Array.from(labels)).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 2, 2, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0]);
  });

  it('merges a U shape whose arms meet only at the bottom into one label (needs the union step)', () => {
    const u = [1, 0, 1, 1, 0, 1, 1, 1, 1];
    const { labels, count } = connectedComponents(tensor([3, 3], u), 4);
    expect(count).toBe(1);
    expect(Array.from(labels)).toEqual([1, 0, 1, 1, 0, 1, 1, 1, 1]);
  });

  it('gives 0 components on an empty image and one on a full one', () => {
    expect(connectedComponents(tensor([3, 4])).count).toBe(0);
    expect(connectedComponents(tensor([3, 4], new Array(12).fill(1))).count).toBe(1);
  });
});
