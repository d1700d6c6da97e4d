/**
 * The sliding-window geometry shared by conv2d, im2col and maxPool2d, with ONNX conventions:
 * pads are [top, left, bottom, right] (ONNX `pads` = [x1_begin, x2_begin, x1_end, x2_end]), a
 * dilated kernel spans (k − 1)·d + 1 pixels, and the output size is
 * floor((H + top + bottom − span) / stride) + 1 (ONNX Conv / MaxPool with ceil_mode 0).
 * Output pixel (oy, ox) reads input row oy·sh − top + ky·dh and column ox·sw − left + kx·dw.
 */
export interface WindowOptions {
  stride?: [number, number]; // default [1, 1]
  padding?: [number, number, number, number]; // default zeros
  dilation?: [number, number]; // default [1, 1]
}

export interface ConvWindow {
  kh: number;
  kw: number;
  sh: number;
  sw: number;
  dh: number;
  dw: number;
  pt: number;
  pl: number;
  pb: number;
  pr: number;
  oh: number;
  ow: number;
}

/** Throws `${who}: ${name} …` unless every value is an integer ≥ min. */
export function checkInts(who: string, name: string, values: readonly number[], min: number, length: number): void {
  if (!Array.isArray(values) || values.length !== length || values.some((v) => !Number.isInteger(v) || v < min)) {
    throw new Error(`${who}: ${name} must be ${length} integers ≥ ${min}, got [${values}]`);
  }
}

export function convWindow(who: string, h: number, w: number, [kh, kw]: [number, number], opts: WindowOptions): ConvWindow {
  const [sh, sw] = opts.stride ?? [1, 1];
  const [dh, dw] = opts.dilation ?? [1, 1];
  const [pt, pl, pb, pr] = opts.padding ?? [0, 0, 0, 0];
  checkInts(who, 'kernel', [kh, kw], 1, 2);
  checkInts(who, 'stride', [sh, sw], 1, 2);
  checkInts(who, 'dilation', [dh, dw], 1, 2);
  checkInts(who, 'padding [top, left, bottom, right]', [pt, pl, pb, pr], 0, 4);
  const oh = Math.floor((h + pt + pb - ((kh - 1) * dh + 1)) / sh) + 1;
  const ow = Math.floor((w + pl + pr - ((kw - 1) * dw + 1)) / sw) + 1;
  if (oh < 1 || ow < 1) throw new Error(`${who}: a ${kh}×${kw} window (dilation ${dh}×${dw}) does not fit the padded ${h}×${w} input`);
  return { kh, kw, sh, sw, dh, dw, pt, pl, pb, pr, oh, ow };
}

/**
 * The indices i in [0, n) for which i·s + offset lands inside [0, w), as a half-open range
 * [lo, hi). For a conv, i is the output column and offset = kx·dw − left; for a transposed conv,
 * i is the input column and w the output width.
 */
export function validRange(w: number, n: number, s: number, offset: number): [number, number] {
  const lo = Math.max(0, Math.ceil(-offset / s));
  const hi = Math.min(n, Math.floor((w - 1 - offset) / s) + 1);
  return [lo, Math.max(lo, hi)];
}
