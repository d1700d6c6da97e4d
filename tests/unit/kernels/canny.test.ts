import { describe, expect, it } from 'vitest';
import { canny } from '../../../src/kernels/canny';
import { tensor, type Tensor } from '../../../src/kernels/tensor';

/** An h×w image that is `left` for columns < c and `right` from column c on. */
function step(h: number, w: number, c: number, left: number, right: number): Tensor {
  return tensor(
    [h, w],
    Array.from({ length: h * w }, (_, i) => (i % w < c ? left : right)),
  );
}

const edgeColumns = (edges: Uint8Array, w: number) => [
  ...new Set(
    Array.from(edges.keys())
      .filter((p) => edges[p])
      .map((p) => p % w),
  ),
];

describe('canny', () => {
  it('marks the left pixel of a vertical step 0 | 10, in every row (OpenCV keeps m > left and m ≥ right)', () => {
    // |dx| = 10·(1 + 2 + 1) = 40 at columns 3 and 4, a two-pixel plateau; the rule keeps column 3 only.
    const r = canny(step(8, 8, 4, 0, 10), 10, 30);
    expect(r.magnitude[2 * 8 + 3]).toBe(40);
    expect(r.magnitude[2 * 8 + 4]).toBe(40);
    expect(edgeColumns(r.edges, 8)).toEqual([3]);
    expect(r.edges.filter((v) => v === 255).length).toBe(8);
  });

  it('marks the upper pixel of a horizontal step, by the same rule along y', () => {
    const img = tensor(
      [8, 8],
      Array.from({ length: 64 }, (_, i) => (i < 32 ? 0 : 10)),
    );
    const { edges } = canny(img, 10, 30);
    expect([
      ...new Set(
        Array.from(edges.keys())
          .filter((p) => edges[p])
          .map((p) => p >> 3),
      ),
    ]).toEqual([3]);
  });

  it('finds nothing when the step is weaker than the high threshold everywhere (hysteresis needs a seed)', () => {
    const r = canny(step(8, 8, 4, 0, 5), 10, 30); // m = 20: weak, never strong
    expect(Array.from(r.classes).filter((c) => c === 1).length).toBe(8);
    expect(r.edges.every((v) => v === 0)).toBe(true);
  });

  it('grows an edge from a strong seed along a connected weak chain, and drops a weak-only object', () => {
    // Bar A (columns 4–6) is 10 high in rows 0–1 (m = 40 > high) and 5 below (m = 20, weak); bar B
    // (columns 10–12) is 5 everywhere. Column 8 has zero gradient, so the two never touch.
    const [h, w] = [12, 15];
    const data = new Float32Array(h * w);
    for (let i = 0; i < h; i++) {
      for (let j = 4; j <= 6; j++) data[i * w + j] = i < 2 ? 10 : 5;
      for (let j = 10; j <= 12; j++) data[i * w + j] = 5;
    }
    const r = canny(tensor([h, w], data), 10, 30);
    // Rows 3–11 of column 3 are weak (m = 20) and reach the strong top through the bend at rows 1–2.
    for (let i = 3; i < h; i++) expect([r.classes[i * w + 3], r.edges[i * w + 3]]).toEqual([1, 255]);
    expect(Array.from(r.classes).some((c, p) => c === 1 && p % w >= 9)).toBe(true); // B has weak survivors…
    expect(r.edges.every((v, p) => p % w < 8 || v === 0)).toBe(true); // …none of which becomes an edge
  });

  it('keeps edges one pixel thin across a diagonal step and only on pixels whose magnitude exceeds low', () => {
    const n = 16;
    const img = tensor(
      [n, n],
      Array.from({ length: n * n }, (_, i) => ((i % n) + Math.floor(i / n) >= n ? 10 : 0)),
    );
    const r = canny(img, 10, 30);
    let count = 0;
    for (let p = 0; p < n * n; p++) {
      if (!r.edges[p]) continue;
      count++;
      expect(r.magnitude[p]).toBeGreaterThan(10);
      const [i, j] = [Math.floor(p / n), p % n];
      // Thin across the gradient (direction (1, 1)): the neighbours along it are not edges too.
      if (i + 1 < n && j + 1 < n) expect(r.edges[(i + 1) * n + j + 1]).toBe(0);
    }
    expect(count).toBeGreaterThan(n - 2);
  });

  it('swaps thresholds given in the wrong order, as OpenCV', () => {
    const img = step(6, 6, 3, 0, 10);
    expect(Array.from(canny(img, 30, 10).edges)).toEqual(Array.from(canny(img, 10, 30).edges));
  });
});
