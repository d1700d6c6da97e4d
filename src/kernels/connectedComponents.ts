import { assertRank, type Tensor } from './tensor';

export interface Components {
  labels: Int32Array; // [H, W]: 0 background, 1..count foreground components
  count: number; // number of foreground components (OpenCV returns count + 1, counting the background)
}

/**
 * Labels the connected foreground (non-zero) pixels of a single-channel image [H, W] with 4- or
 * 8-connectivity, like OpenCV `connectedComponents` and scipy.ndimage.label. Labels are numbered
 * in raster order of each component's first pixel (scipy's order). Two passes with union–find:
 * the first links each pixel to its already-visited neighbours, the second relabels roots densely.
 */
export function connectedComponents(img: Tensor, connectivity: 4 | 8 = 8): Components {
  assertRank(img, 2, 'connectedComponents input');
  const [h, w] = img.shape;
  const parent = new Int32Array(h * w).fill(-1); // −1 background; otherwise a pixel index
  const find = (p: number) => {
    while (parent[p] !== p) {
      parent[p] = parent[parent[p]]; // path halving keeps trees shallow
      p = parent[p];
    }
    return p;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    // The smaller index becomes the root, so a root is its component's first pixel in raster order.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // Already-visited neighbours: left and up, plus up-left and up-right for 8-connectivity.
  const back =
    connectivity === 8
      ? [
          [0, -1],
          [-1, -1],
          [-1, 0],
          [-1, 1],
        ]
      : [
          [0, -1],
          [-1, 0],
        ];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = y * w + x;
      if (img.data[p] === 0) continue;
      parent[p] = p;
      for (const [dy, dx] of back) {
        const [yy, xx] = [y + dy, x + dx];
        if (yy >= 0 && xx >= 0 && xx < w && parent[yy * w + xx] >= 0) union(p, yy * w + xx);
      }
    }
  }
  const labels = new Int32Array(h * w);
  let count = 0;
  for (let p = 0; p < h * w; p++) {
    if (parent[p] < 0) continue;
    const r = find(p);
    labels[p] = r === p ? ++count : labels[r];
  }
  return { labels, count };
}
