/**
 * The Shepp–Logan head phantom (Shepp & Logan 1974) as ten ellipses on [−1, 1]², in the layout of
 * Kak & Slaney, Principles of Computerized Tomographic Imaging (1988), Table 3.1: centre (x0, y0),
 * semi-axes a (along the ellipse's own x axis) and b, rotation of that axis counterclockwise from x
 * in degrees, and the value added inside. x points right and y up: row 0 of a raster is y = +1.
 */
export interface Ellipse {
  x0: number;
  y0: number;
  a: number;
  b: number;
  angle: number; // degrees
  value: number;
}

const GEOMETRY: [number, number, number, number, number][] = [
  [0, 0, 0.92, 0.69, 90],
  [0, -0.0184, 0.874, 0.6624, 90],
  [0.22, 0, 0.31, 0.11, 72],
  [-0.22, 0, 0.41, 0.16, 108],
  [0, 0.35, 0.25, 0.21, 90],
  [0, 0.1, 0.046, 0.046, 0],
  [0, -0.1, 0.046, 0.046, 0],
  [-0.08, -0.605, 0.046, 0.023, 0],
  [0, -0.605, 0.023, 0.023, 0],
  [0.06, -0.605, 0.046, 0.023, 90],
];
const withValues = (values: number[]): Ellipse[] => GEOMETRY.map(([x0, y0, a, b, angle], i) => ({ x0, y0, a, b, angle, value: values[i] }));

/** The original values (Kak & Slaney Table 3.1): brain 1.02, contrasts of 1–2% that a display barely shows. */
export const SHEPP_LOGAN: Ellipse[] = withValues([2, -0.98, -0.02, -0.02, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01]);
/** Toft's higher-contrast values (P. Toft, The Radon Transform, 1996; MATLAB phantom 'Modified Shepp-Logan'): brain 0.2. */
export const SHEPP_LOGAN_MODIFIED: Ellipse[] = withValues([1, -0.8, -0.2, -0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);

/** Sum of the ellipses' values at (x, y). */
export function phantomAt(ellipses: readonly Ellipse[], x: number, y: number): number {
  let v = 0;
  for (const e of ellipses) {
    const t = (e.angle * Math.PI) / 180;
    const [dx, dy] = [x - e.x0, y - e.y0];
    const u = dx * Math.cos(t) + dy * Math.sin(t);
    const w = -dx * Math.sin(t) + dy * Math.cos(t);
    if ((u / e.a) ** 2 + (w / e.b) ** 2 <= 1) v += e.value;
  }
  return v;
}

/**
 * A size×size raster of the ellipses over [−1, 1]² (pixel (r, c) centred at x = −1 + (c + ½)·2/size,
 * y = 1 − (r + ½)·2/size), each pixel the mean of supersample² point samples so that edges are
 * partial-volume like a scanner's, not staircases.
 */
export function phantom(size: number, ellipses: readonly Ellipse[] = SHEPP_LOGAN_MODIFIED, supersample = 2): Float64Array {
  const out = new Float64Array(size * size);
  const d = 2 / size;
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      let sum = 0;
      for (let i = 0; i < supersample; i++) {
        for (let j = 0; j < supersample; j++) sum += phantomAt(ellipses, -1 + (c + (j + 0.5) / supersample) * d, 1 - (r + (i + 0.5) / supersample) * d);
      }
      out[r * size + c] = sum / (supersample * supersample);
    }
  }
  return out;
}

/**
 * The exact line integral of the ellipses along the line x cos θ + y sin θ = t (Kak & Slaney
 * §3.1, the projection of an ellipse: 2ρab·√(a²(θ) − t²)/a²(θ) with a²(θ) = a²cos²θ + b²sin²θ, shifted by the
 * centre's projection and turned by the ellipse's angle). θ in radians, t in phantom units.
 */
export function ellipseProjection(ellipses: readonly Ellipse[], theta: number, t: number): number {
  let p = 0;
  for (const e of ellipses) {
    const th = theta - (e.angle * Math.PI) / 180;
    const a2 = (e.a * Math.cos(th)) ** 2 + (e.b * Math.sin(th)) ** 2;
    const tt = t - (e.x0 * Math.cos(theta) + e.y0 * Math.sin(theta));
    if (tt * tt < a2) p += ((2 * e.value * e.a * e.b) / a2) * Math.sqrt(a2 - tt * tt);
  }
  return p;
}

/**
 * The exact sinogram of the ellipses in the layout and units of `radon` applied to a size×size
 * raster of them: [angles, nDet], detector bins 1 pixel apart centred on the image centre, line
 * integrals in pixel lengths.
 */
export function phantomSinogram(ellipses: readonly Ellipse[], size: number, angles: ArrayLike<number>, nDet: number): Float64Array {
  const d = 2 / size; // phantom units per pixel
  const out = new Float64Array(angles.length * nDet);
  for (let i = 0; i < angles.length; i++) {
    for (let k = 0; k < nDet; k++) out[i * nDet + k] = ellipseProjection(ellipses, angles[i], (k - (nDet - 1) / 2) * d) / d;
  }
  return out;
}
