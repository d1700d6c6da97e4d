import { avgPool, filter2d } from '../../kernels/filter2d';
import { tensor, type Tensor } from '../../kernels/tensor';
import { shapesSample } from '../../models/data/shapes';
import { IMAGE_SIZE } from './meta';

/** The bundled images: a shapes-world scene, a ramp and a checkerboard, [1,3,S,S] in [0,1]. */
const cache = new Map<string, Tensor>();

export function sampleImage(kind: 'shapes' | 'gradient' | 'checker'): Tensor {
  let img = cache.get(kind);
  if (!img) cache.set(kind, (img = renderSample(kind)));
  return img;
}

function renderSample(kind: 'shapes' | 'gradient' | 'checker'): Tensor {
  const S = IMAGE_SIZE;
  if (kind === 'shapes') {
    const s = shapesSample(11, 0, { width: S, height: S, maxObjects: 3, minSize: 0.12, maxSize: 0.2, background: 'plain' });
    return { data: s.image, shape: [1, 3, S, S] };
  }
  const plane = Array.from({ length: S * S }, (_, i) => {
    const [r, c] = [Math.floor(i / S), i % S];
    return kind === 'gradient' ? (r + c) / (2 * (S - 1)) : (Math.floor(r / 16) + Math.floor(c / 16)) % 2;
  });
  return tensor([1, 3, S, S], [...plane, ...plane, ...plane]);
}

export type Feature = 'luminance' | 'red' | 'edges-x' | 'edges-y' | 'blur';

const SOBEL_X = [-1, 0, 1, -2, 0, 2, -1, 0, 1];
const SOBEL_Y = [-1, -2, -1, 0, 0, 0, 1, 2, 1];
const GAUSS_5 = [1, 4, 6, 4, 1].flatMap((a) => [1, 4, 6, 4, 1].map((b) => (a * b) / 256));

function luminance(img: Tensor): Tensor {
  const [, , h, w] = img.shape;
  const p = h * w;
  const out = new Float32Array(p);
  for (let i = 0; i < p; i++) out[i] = 0.299 * img.data[i] + 0.587 * img.data[p + i] + 0.114 * img.data[2 * p + i];
  return { data: out, shape: [1, 1, h, w] };
}

/**
 * One channel of a fixed "backbone" at the chosen stride: a filter at full resolution, then
 * average pooling by the stride, so each feature cell summarises stride × stride image pixels.
 */
export function featureMap(img: Tensor, feature: Feature, stride: number): Tensor {
  const [, , h, w] = img.shape;
  const lum = luminance(img);
  const full =
    feature === 'red'
      ? { data: img.data.slice(0, h * w), shape: [1, 1, h, w] }
      : feature === 'edges-x'
        ? filter2d(lum, SOBEL_X, 3)
        : feature === 'edges-y'
          ? filter2d(lum, SOBEL_Y, 3)
          : feature === 'blur'
            ? filter2d(lum, GAUSS_5, 5)
            : lum;
  return stride === 1 ? full : avgPool(full, stride);
}
