import type { RoiAlignGeometry } from '../../kernels/roiAlignGeometry';

/** The bilinear value of every sample of `g` on a single-channel map (0 for samples outside). */
export function sampleValues(g: RoiAlignGeometry, map: Float32Array, width: number): Float32Array {
  const out = new Float32Array(g.samples.length);
  g.samples.forEach((s, i) => {
    let v = 0;
    for (const t of s.taps) v += t.weight * map[t.row * width + t.col];
    out[i] = v;
  });
  return out;
}

/**
 * The output as it stands after samples 0…upTo have been visited, for step mode: finished bins
 * hold their value, the current bin its running avg (sum so far / final count) or max, later
 * bins NaN (drawn blank). upTo = −1 means every sample.
 */
export function accumulate(g: RoiAlignGeometry, values: Float32Array, mode: 'avg' | 'max', upTo: number): Float32Array {
  const bins = g.bins.length;
  const out = new Float32Array(bins).fill(NaN);
  const last = upTo < 0 ? values.length - 1 : Math.min(upTo, values.length - 1);
  const perBin = g.gridH * g.gridW;
  for (let b = 0; b < bins; b++) {
    const first = b * perBin;
    if (perBin === 0) {
      out[b] = 0; // an empty grid gives 0, as the kernel does
      continue;
    }
    if (first > last) break;
    let acc = mode === 'avg' ? 0 : -Infinity;
    for (let s = first; s < first + perBin && s <= last; s++) acc = mode === 'avg' ? acc + values[s] : Math.max(acc, values[s]);
    out[b] = mode === 'avg' ? acc / g.count : acc;
  }
  return out;
}
