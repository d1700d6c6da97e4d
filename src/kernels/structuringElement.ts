/**
 * OpenCV's structuring elements (`cv::getStructuringElement`, imgproc/src/morph.dispatch.cpp).
 * A w×h 0/1 mask, row-major, with an anchor (default (⌊w/2⌋, ⌊h/2⌋)). The ellipse is OpenCV's
 * rasterisation: row i spans c ± round(c·√(1 − (i − r)²/r²)) with r = ⌊h/2⌋, c = ⌊w/2⌋, which is
 * why the 5×5 "ellipse" is a disc with its four corners and the top/bottom row's ends cut off.
 */
export type MorphShape = 'rect' | 'cross' | 'ellipse';

export interface StructuringElement {
  data: Uint8Array; // [h, w], 1 = in the element
  w: number;
  h: number;
  anchorX: number;
  anchorY: number;
}

/** Round half to even (OpenCV's saturate_cast<int> of a double). */
const roundEven = (x: number) => (Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : Math.round(x));

export function getStructuringElement(shape: MorphShape, w: number, h = w, anchor?: [number, number]): StructuringElement {
  if (!Number.isInteger(w) || !Number.isInteger(h) || w < 1 || h < 1) throw new Error(`getStructuringElement: size must be positive integers, got ${w}×${h}`);
  const [ax, ay] = anchor ?? [w >> 1, h >> 1];
  if (w === 1 && h === 1) shape = 'rect';
  const data = new Uint8Array(w * h);
  const r = h >> 1;
  const c = w >> 1;
  const invR2 = r ? 1 / (r * r) : 0;
  for (let i = 0; i < h; i++) {
    let [j1, j2] = [0, 0];
    if (shape === 'rect' || (shape === 'cross' && i === ay)) j2 = w;
    else if (shape === 'cross') [j1, j2] = [ax, ax + 1];
    else {
      const dy = i - r;
      if (Math.abs(dy) <= r) {
        const dx = roundEven(c * Math.sqrt((r * r - dy * dy) * invR2));
        [j1, j2] = [Math.max(c - dx, 0), Math.min(c + dx + 1, w)];
      }
    }
    data.fill(1, i * w + j1, i * w + j2);
  }
  return { data, w, h, anchorX: ax, anchorY: ay };
}
