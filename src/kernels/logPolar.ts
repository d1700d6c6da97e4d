import { assertRank, type Tensor } from './tensor';

export interface LogPolarOptions {
  cx?: number; // centre, default (w/2, h/2)
  cy?: number;
  maxRadius?: number; // default min(h, w)/2
  angles?: number; // output rows, default h
  radii?: number; // output columns, default w
}

export interface LogPolar {
  image: Tensor; // [angles, radii]
  kLog: number; // columns per unit of ln r: column j samples r = e^(j / kLog)
}

/**
 * Log-polar resampling of a single-channel image [H, W], laid out as OpenCV `warpPolar` with
 * WARP_POLAR_LOG: row i is the angle θ = 2π·i/angles (from +x towards +y, so clockwise on screen),
 * column j the radius r = e^(j/kLog) with kLog = radii/ln(maxRadius). Bilinear sampling; points
 * outside the image read 0. A rotation of the image by α becomes a cyclic shift of α·angles/2π
 * rows, a scaling by s a shift of kLog·ln s columns: that turns rotation and scale into a
 * translation that phase correlation can find (Fourier–Mellin).
 */
export function logPolar(img: Tensor, opts: LogPolarOptions = {}): LogPolar {
  assertRank(img, 2, 'logPolar input');
  const [h, w] = img.shape;
  const cx = opts.cx ?? w / 2;
  const cy = opts.cy ?? h / 2;
  const maxR = opts.maxRadius ?? Math.min(h, w) / 2;
  const nA = opts.angles ?? h;
  const nR = opts.radii ?? w;
  if (!(maxR > 1)) throw new Error(`logPolar: maxRadius must exceed 1, got ${maxR}`);
  const kLog = nR / Math.log(maxR);
  const out = new Float32Array(nA * nR);
  const px = (y: number, x: number) => (y >= 0 && y < h && x >= 0 && x < w ? img.data[y * w + x] : 0);
  for (let i = 0; i < nA; i++) {
    const t = (2 * Math.PI * i) / nA;
    const [c, s] = [Math.cos(t), Math.sin(t)];
    for (let j = 0; j < nR; j++) {
      const r = Math.exp(j / kLog);
      const x = cx + r * c;
      const y = cy + r * s;
      const [x0, y0] = [Math.floor(x), Math.floor(y)];
      const [fx, fy] = [x - x0, y - y0];
      out[i * nR + j] = (1 - fy) * ((1 - fx) * px(y0, x0) + fx * px(y0, x0 + 1)) + fy * ((1 - fx) * px(y0 + 1, x0) + fx * px(y0 + 1, x0 + 1));
    }
  }
  return { image: { data: out, shape: [nA, nR] }, kLog };
}
