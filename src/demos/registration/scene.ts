import { normal, randomSeeded, uniform } from '../../kernels/random';
import { tensor, type Tensor } from '../../kernels/tensor';
import { generateScene, sceneSeed, type SceneSpec } from '../../models/data/shapes';
import { renderScene } from '../../models/data/render';

/**
 * The registration demo's two images, rendered exactly: b is the same continuous scene as a
 * seen through a similarity T(p) = R_α·s·(p − c) + c + t (c the image centre, α clockwise on
 * screen, as fourierMellin's convention), so b(T(p)) = a(p) with no interpolation of ours in
 * the picture the methods are tested on.
 */
export interface Similarity {
  angle: number; // degrees, from +x towards +y (clockwise on screen)
  scale: number;
  dx: number;
  dy: number;
}

export const IDENTITY: Similarity = { angle: 0, scale: 1, dx: 0, dy: 0 };

/** Where a point of a appears in b. */
export function forward(T: Similarity, x: number, y: number, size: number): [number, number] {
  const c = size / 2;
  const t = (T.angle * Math.PI) / 180;
  const [u, v] = [x - c, y - c];
  return [T.scale * (Math.cos(t) * u - Math.sin(t) * v) + c + T.dx, T.scale * (Math.sin(t) * u + Math.cos(t) * v) + c + T.dy];
}

/** T as a 3×3 homography, row-major (so RANSAC's estimate can be compared entry by entry). */
export function similarityMatrix(T: Similarity, size: number): number[] {
  const [tx, ty] = forward(T, 0, 0, size);
  const [ax, ay] = forward(T, 1, 0, size);
  const [bx, by] = forward(T, 0, 1, size);
  return [ax - tx, bx - tx, tx, ay - ty, by - ty, ty, 0, 0, 1];
}

export interface Blob {
  x: number;
  y: number;
  s: number;
  a: number;
}

const blobCache = new Map<number, Blob[]>();

/**
 * Seeded Gaussian blobs of 1–3 px with signed amplitudes (texture at every frequency: phase
 * correlation whitens the spectrum, so a smooth scene leaves only noise at high frequencies).
 * They cover twice the image's extent, so content moves in from outside when b is shifted.
 */
export function blobs(size: number): Blob[] {
  let list = blobCache.get(size);
  if (list) return list;
  const rand = randomSeeded(21);
  const count = Math.round((1600 * size * size) / (128 * 128));
  list = Array.from({ length: count }, () => ({
    x: uniform(rand, -size / 2, 1.5 * size),
    y: uniform(rand, -size / 2, 1.5 * size),
    s: uniform(rand, 1, 3),
    a: uniform(rand, -1, 1),
  }));
  blobCache.set(size, list);
  return list;
}

/** The blob scene seen through T: every blob moves to T(q) and widens by s (a similarity keeps a Gaussian Gaussian). */
export function renderBlobs(size: number, T: Similarity): Float32Array {
  const out = new Float32Array(size * size);
  for (const b of blobs(size)) {
    const [x, y] = forward(T, b.x, b.y, size);
    const s = b.s * T.scale;
    const reach = 4 * s;
    if (x < -reach || y < -reach || x > size + reach || y > size + reach) continue;
    const k = -1 / (2 * s * s);
    for (let i = Math.max(0, Math.ceil(y - reach)); i < Math.min(size, y + reach); i++)
      for (let j = Math.max(0, Math.ceil(x - reach)); j < Math.min(size, x + reach); j++)
        out[i * size + j] += b.a * Math.exp(k * ((j - x) ** 2 + (i - y) ** 2));
  }
  return out;
}

/** The shapes-world scene's description moved through T: object centres and sizes, and each background wave's frequency and phase. */
export function transformScene(spec: SceneSpec, T: Similarity): SceneSpec {
  const size = spec.width;
  const c = size / 2;
  const t = (T.angle * Math.PI) / 180;
  const [cos, sin] = [Math.cos(t), Math.sin(t)];
  const objects = spec.objects.map((o) => {
    const [cx, cy] = forward(T, o.cx, o.cy, size);
    // A shape's rotation is counter-clockwise on screen; T turns clockwise.
    return { ...o, cx, cy, size: o.size * T.scale, rotation: o.rotation - t };
  });
  // sin(2π f·T⁻¹x + φ) = sin(2π f′·x + φ′) with f′ = R·f/s and φ′ = φ + 2π(f·c − f′·(c + t)).
  const waves = spec.background.waves.map((w) => {
    const [fx, fy] = [(cos * w.fx - sin * w.fy) / T.scale, (sin * w.fx + cos * w.fy) / T.scale];
    const phase = w.phase + 2 * Math.PI * (w.fx * c + w.fy * c - fx * (c + T.dx) - fy * (c + T.dy));
    return { ...w, fx, fy, phase };
  });
  return { ...spec, objects, background: { ...spec.background, waves } };
}

function renderShapes(size: number, T: Similarity): Float32Array {
  const spec = generateScene(randomSeeded(sceneSeed(31, 0)), { width: size, height: size, maxObjects: 3, minSize: 0.12, maxSize: 0.2, background: 'texture' });
  const img = renderScene(transformScene(spec, T), { noise: 0, antialias: 3 }).image;
  const p = size * size;
  return Float32Array.from({ length: p }, (_, i) => 0.299 * img[i] + 0.587 * img[p + i] + 0.114 * img[2 * p + i]);
}

/** The scene through T, with seeded Gaussian noise of σ = noise × the clean image's own σ. */
export function render(scene: 'blobs' | 'shapes', size: number, T: Similarity, noise: number, noiseSeed: number): Tensor {
  const img = scene === 'blobs' ? renderBlobs(size, T) : renderShapes(size, T);
  if (noise > 0) {
    const mean = img.reduce((a, v) => a + v, 0) / img.length;
    const sd = Math.sqrt(img.reduce((a, v) => a + (v - mean) ** 2, 0) / img.length);
    const rand = randomSeeded(noiseSeed);
    for (let i = 0; i < img.length; i++) img[i] += noise * sd * normal(rand);
  }
  return tensor([size, size], img);
}
