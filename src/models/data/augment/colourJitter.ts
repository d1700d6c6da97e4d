import { COLOURS } from '../palette';

/** torchvision ColorJitter factors: brightness, contrast, saturation multiply; hue is a shift in turns (±0.5 max). */
export interface Jitter {
  brightness: number;
  contrast: number;
  saturation: number;
  hue: number;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
const grey = (r: number, g: number, b: number) => 0.299 * r + 0.587 * g + 0.114 * b; // torchvision rgb_to_grayscale weights

/**
 * ColorJitter on a CHW [3, plane] image in [0, 1], in a fixed order (brightness, contrast, saturation,
 * hue; torchvision shuffles the order per call). Each step blends with a degenerate image and clamps,
 * as torchvision's functional adjust_* do: black for brightness, the mean grey for contrast, the
 * grey image for saturation; hue rotates H in HSV.
 */
export function jitterColour(image: Float32Array, plane: number, j: Jitter): Float32Array {
  const out = image.map(clamp01);
  const at = (c: number, p: number) => out[c * plane + p];
  for (let i = 0; i < out.length; i++) out[i] = clamp01(out[i] * j.brightness);
  let mean = 0;
  for (let p = 0; p < plane; p++) mean += grey(at(0, p), at(1, p), at(2, p)) / plane;
  for (let i = 0; i < out.length; i++) out[i] = clamp01(mean + j.contrast * (out[i] - mean));
  for (let p = 0; p < plane; p++) {
    const g = grey(at(0, p), at(1, p), at(2, p));
    for (let c = 0; c < 3; c++) out[c * plane + p] = clamp01(g + j.saturation * (at(c, p) - g));
  }
  if (j.hue !== 0) for (let p = 0; p < plane; p++) shiftHue(out, plane, p, j.hue);
  return out;
}

function shiftHue(img: Float32Array, plane: number, p: number, turns: number) {
  const [r, g, b] = [img[p], img[plane + p], img[2 * plane + p]];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return;
  let h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  h = (((h / 6 + turns) % 1) + 1) % 1;
  const [s, v] = [d / max, max];
  const f = (n: number) => {
    const k = (n + h * 6) % 6;
    return v - v * s * Math.max(0, Math.min(k, 4 - k, 1));
  };
  [img[p], img[plane + p], img[2 * plane + p]] = [f(5), f(3), f(1)];
}

/** Nearest palette colour to the mean of the masked pixels (null for an empty mask): what the label's colour now looks like. */
export function colourName(image: ArrayLike<number>, mask: ArrayLike<number>, plane: number): string | null {
  const sum = [0, 0, 0];
  let n = 0;
  for (let p = 0; p < plane; p++) {
    if (!mask[p]) continue;
    n++;
    for (let c = 0; c < 3; c++) sum[c] += image[c * plane + p];
  }
  if (n === 0) return null;
  let best: { name: string; d: number } = { name: '', d: Infinity };
  for (const col of COLOURS) {
    const d = col.rgb.reduce((s, v, c) => s + (v - sum[c] / n) ** 2, 0);
    if (d < best.d) best = { name: col.name, d };
  }
  return best.name;
}
