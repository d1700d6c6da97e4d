import { borderInterpolate, type BorderMode } from './border';
import type { StructuringElement } from './structuringElement';
import { assertRank, type Tensor } from './tensor';

export type MorphOp = 'erode' | 'dilate' | 'open' | 'close' | 'gradient' | 'tophat' | 'blackhat';

export interface MorphOptions {
  /** Default: pixels outside the image are ignored (OpenCV's morphologyDefaultBorderValue). */
  border?: BorderMode;
  borderValue?: number; // for BORDER_CONSTANT
}

/**
 * Grey-level erosion (min) or dilation (max) of a single-channel image [H, W] over a structuring
 * element, exactly as OpenCV `erode` / `dilate`: dst(x, y) = max/min over element pixels (x', y')
 * of src(x + x' − anchorX, y + y' − anchorY). The element is not reflected (OpenCV's convention;
 * it matters only for asymmetric elements or off-centre anchors).
 */
function minMax(img: Tensor, se: StructuringElement, isMax: boolean, opts: MorphOptions): Tensor {
  assertRank(img, 2, 'morphology input');
  const [h, w] = img.shape;
  const offsets: [number, number][] = [];
  for (let i = 0; i < se.h; i++) for (let j = 0; j < se.w; j++) if (se.data[i * se.w + j]) offsets.push([i - se.anchorY, j - se.anchorX]);
  const out = new Float32Array(h * w);
  const neutral = isMax ? -Infinity : Infinity;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let m = neutral;
      for (const [dy, dx] of offsets) {
        let yy = y + dy;
        let xx = x + dx;
        let v: number;
        if (yy >= 0 && yy < h && xx >= 0 && xx < w) v = img.data[yy * w + xx];
        else if (!opts.border) continue;
        else {
          yy = borderInterpolate(yy, h, opts.border);
          xx = borderInterpolate(xx, w, opts.border);
          v = yy < 0 || xx < 0 ? (opts.borderValue ?? 0) : img.data[yy * w + xx];
        }
        m = isMax ? Math.max(m, v) : Math.min(m, v);
      }
      out[y * w + x] = m;
    }
  }
  return { data: out, shape: [h, w] };
}

export const erode = (img: Tensor, se: StructuringElement, opts: MorphOptions = {}) => minMax(img, se, false, opts);
export const dilate = (img: Tensor, se: StructuringElement, opts: MorphOptions = {}) => minMax(img, se, true, opts);

const subtract = (a: Tensor, b: Tensor): Tensor => ({ data: a.data.map((v, i) => v - b.data[i]), shape: [...a.shape] });

/**
 * OpenCV `morphologyEx`: open = dilate(erode), close = erode(dilate), gradient = dilate − erode,
 * tophat (white top-hat) = src − open, blackhat = close − src.
 */
export function morphology(op: MorphOp, img: Tensor, se: StructuringElement, opts: MorphOptions = {}): Tensor {
  switch (op) {
    case 'erode':
      return erode(img, se, opts);
    case 'dilate':
      return dilate(img, se, opts);
    case 'open':
      return dilate(erode(img, se, opts), se, opts);
    case 'close':
      return erode(dilate(img, se, opts), se, opts);
    case 'gradient':
      return subtract(dilate(img, se, opts), erode(img, se, opts));
    case 'tophat':
      return subtract(img, morphology('open', img, se, opts));
    case 'blackhat':
      return subtract(morphology('close', img, se, opts), img);
  }
}
