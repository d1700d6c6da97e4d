/**
 * Border extrapolation with OpenCV's names and rules (`cv::borderInterpolate`, core/src/copy.cpp;
 * the pictures are OpenCV's BorderTypes documentation, `|` marks the image edge):
 *   BORDER_CONSTANT     iiiiii|abcdefgh|iiiiiii   (a fixed value i)
 *   BORDER_REPLICATE    aaaaaa|abcdefgh|hhhhhhh
 *   BORDER_REFLECT      fedcba|abcdefgh|hgfedcb
 *   BORDER_REFLECT_101  gfedcb|abcdefgh|gfedcba   (OpenCV's default for filters)
 *   BORDER_WRAP         cdefgh|abcdefgh|abcdefg
 */
export type BorderMode = 'BORDER_CONSTANT' | 'BORDER_REPLICATE' | 'BORDER_REFLECT' | 'BORDER_REFLECT_101' | 'BORDER_WRAP';

export const BORDER_MODES: readonly BorderMode[] = ['BORDER_CONSTANT', 'BORDER_REPLICATE', 'BORDER_REFLECT', 'BORDER_REFLECT_101', 'BORDER_WRAP'];

/** The in-range index that position p of an axis of length len reads, or −1 for BORDER_CONSTANT outside. */
export function borderInterpolate(p: number, len: number, mode: BorderMode): number {
  if (p >= 0 && p < len) return p;
  if (len <= 0) throw new Error(`borderInterpolate: empty axis`);
  switch (mode) {
    case 'BORDER_CONSTANT':
      return -1;
    case 'BORDER_REPLICATE':
      return p < 0 ? 0 : len - 1;
    case 'BORDER_REFLECT':
    case 'BORDER_REFLECT_101': {
      if (len === 1) return 0;
      const delta = mode === 'BORDER_REFLECT_101' ? 1 : 0;
      // Reflect repeatedly: a kernel wider than the image bounces off both edges.
      while (p < 0 || p >= len) p = p < 0 ? -p - 1 + delta : len - 1 - (p - len) - delta;
      return p;
    }
    case 'BORDER_WRAP':
      return ((p % len) + len) % len;
  }
}

/** Source indices for positions −r … len−1+r of an axis: the taps a radius-r kernel reads (−1 = constant). */
export function borderTable(len: number, r: number, mode: BorderMode): Int32Array {
  const t = new Int32Array(len + 2 * r);
  for (let p = -r; p < len + r; p++) t[p + r] = borderInterpolate(p, len, mode);
  return t;
}
