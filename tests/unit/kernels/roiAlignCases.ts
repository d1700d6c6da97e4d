import type { RoiAlignOptions } from '../../../src/kernels/roiAlign';
import { tensor, type Tensor } from '../../../src/kernels/tensor';
import { randInt, randomSeeded, uniform, type Random } from '../../../src/kernels/random';

/**
 * One seeded list of RoIAlign cases, run through every implementation (our kernel, onnxruntime's
 * RoiAlign avg and max). Covers spatial scales 1, 1/4, 1/16; sampling ratios 0–4; aligned on and
 * off; RoIs inside, partly or wholly outside the map, zero-size, tiny, inverted, and on exact
 * half-pixel coordinates (which land samples on y = −1, y = H and friends); several images.
 */
export interface RoiCase {
  id: number;
  desc: string;
  x: Tensor;
  rois: Tensor; // input-image units
  batch: number[];
  opts: RoiAlignOptions;
}

const SCALES = [1, 1 / 4, 1 / 16];
const KINDS = ['inside', 'partly outside', 'wholly outside', 'zero-size', 'tiny', 'half-pixel grid', 'inverted'] as const;
type Kind = (typeof KINDS)[number];

/** One axis of a RoI in feature-map units, as [lo, hi]. */
function span(rand: Random, kind: Kind, len: number): [number, number] {
  const a = uniform(rand, 0, len);
  switch (kind) {
    case 'inside':
      return [a, uniform(rand, a, len)];
    case 'partly outside':
      return [uniform(rand, -4, len), uniform(rand, len - 1, len + 4)];
    case 'wholly outside':
      return rand() < 0.5 ? [len + uniform(rand, 1.5, 4), len + uniform(rand, 4, 8)] : [uniform(rand, -9, -6), uniform(rand, -6, -2.5)];
    case 'zero-size':
      return [a, a];
    case 'tiny':
      return [a, a + uniform(rand, 0, 0.3)];
    case 'half-pixel grid': {
      const lo = randInt(rand, -4, 2 * len + 2) / 2 - 1;
      return [lo, lo + randInt(rand, 0, 2 * len) / 2];
    }
    case 'inverted':
      return [a, a - uniform(rand, 0.1, 3)];
  }
}

export function roiCases(count: number, seed = 2024): RoiCase[] {
  const rand = randomSeeded(seed);
  return Array.from({ length: count }, (_, id) => {
    const [n, c, h, w] = [randInt(rand, 1, 3), randInt(rand, 1, 3), randInt(rand, 1, 12), randInt(rand, 1, 12)];
    const opts: RoiAlignOptions = {
      outputHeight: randInt(rand, 1, 5),
      outputWidth: randInt(rand, 1, 5),
      spatialScale: SCALES[id % 3],
      samplingRatio: Math.floor(id / 3) % 5, // every scale meets every ratio
      aligned: rand() < 0.5,
    };
    const k = randInt(rand, 1, 6);
    const boxes: number[] = [];
    const batch: number[] = [];
    const kinds = new Set<Kind>();
    for (let i = 0; i < k; i++) {
      const kind = KINDS[(id + i) % KINDS.length];
      kinds.add(kind);
      const [x1, x2] = span(rand, kind, w);
      const [y1, y2] = span(rand, kind, h);
      // Image units: feature coordinate / scale, plus the half pixel that aligned mode takes off.
      const off = opts.aligned ? 0.5 : 0;
      boxes.push(...[x1, y1, x2, y2].map((v) => (v + off) / opts.spatialScale!));
      batch.push(randInt(rand, 0, n - 1));
    }
    const x = tensor(
      [n, c, h, w],
      Array.from({ length: n * c * h * w }, () => uniform(rand, -5, 5)),
    );
    const scale = opts.spatialScale === 1 ? '1' : `1/${1 / opts.spatialScale!}`;
    const desc =
      `[${n},${c},${h},${w}] → ${opts.outputHeight}×${opts.outputWidth}, scale ${scale}, sr ${opts.samplingRatio}, ` +
      `${opts.aligned ? 'aligned' : 'not aligned'}, ${k} RoIs (${[...kinds].join(', ')})`;
    return { id, desc, x, rois: tensor([k, 4], boxes), batch, opts };
  });
}
