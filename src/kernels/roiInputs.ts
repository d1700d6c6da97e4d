import { assertRank, type Tensor } from './tensor';

/**
 * Input checks shared by roiAlign and roiPool, so both reject the same mistakes with the same
 * words. The C++ kernels they follow do not check most of these: a batch index out of range
 * reads another image's memory, and a NaN coordinate silently becomes 0 or garbage.
 */
export interface RoiShapes {
  n: number;
  c: number;
  h: number;
  w: number;
  k: number; // number of RoIs
}

export function checkRoiInputs(
  op: string,
  x: Tensor,
  rois: Tensor,
  batchIndices: ArrayLike<number>,
  outputHeight: number,
  outputWidth: number,
  spatialScale: number,
): RoiShapes {
  assertRank(x, 4, `${op}: input x [N,C,H,W]`);
  const [n, c, h, w] = x.shape;
  if (h === 0 || w === 0) throw new Error(`${op}: input x has an empty spatial axis [${x.shape}]`);
  assertRank(rois, 2, `${op}: rois [K,4]`);
  if (rois.shape[1] !== 4) {
    throw new Error(`${op}: rois must have shape [K,4] (x1,y1,x2,y2), got [${rois.shape}]`);
  }
  const k = rois.shape[0];
  if (batchIndices.length !== k) {
    throw new Error(`${op}: batchIndices has length ${batchIndices.length}, but there are ${k} rois`);
  }
  for (let i = 0; i < k; i++) {
    const b = batchIndices[i];
    if (!Number.isInteger(b) || b < 0 || b >= n) {
      throw new Error(`${op}: batchIndices[${i}] = ${b} is not an integer batch index in [0, ${n - 1}]`);
    }
  }
  for (let i = 0; i < 4 * k; i++) {
    if (!Number.isFinite(rois.data[i])) {
      const what = Number.isNaN(rois.data[i]) ? 'NaN' : 'an infinite';
      throw new Error(`${op}: roi ${Math.floor(i / 4)} has ${what} coordinate [${rois.data.slice(i - (i % 4), i - (i % 4) + 4)}]`);
    }
  }
  for (const [name, v] of [
    ['outputHeight', outputHeight],
    ['outputWidth', outputWidth],
  ] as const) {
    if (!Number.isInteger(v) || v <= 0) throw new Error(`${op}: ${name} must be a positive integer, got ${v}`);
  }
  if (!(Number.isFinite(spatialScale) && spatialScale > 0)) {
    throw new Error(`${op}: spatialScale must be a positive finite number, got ${spatialScale}`);
  }
  return { n, c, h, w, k };
}
