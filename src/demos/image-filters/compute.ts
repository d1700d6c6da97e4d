import { BORDER_MODES, type BorderMode } from '../../kernels/border';
import { canny, type CannyStages } from '../../kernels/canny';
import { connectedComponents } from '../../kernels/connectedComponents';
import { distanceTransform } from '../../kernels/distanceTransform';
import { gaussianBlur } from '../../kernels/gaussianBlur';
import { morphology, type MorphOp } from '../../kernels/morphology';
import { getStructuringElement, type MorphShape } from '../../kernels/structuringElement';
import type { Tensor } from '../../kernels/tensor';
import { applyFilter, type FilterSpec } from './filters';
import { specksMask } from './images';

/** One panel's work, as the page sends it to the worker. `image` is [size, size] in [0, 1]. */
export type Task =
  | { view: 'gallery'; image: Float32Array; size: number; spec: FilterSpec }
  | { view: 'borders'; image: Float32Array; size: number; spec: FilterSpec }
  | { view: 'canny'; image: Float32Array; size: number; sigma: number; low: number; high: number; l2: boolean }
  | {
      view: 'morphology';
      image: Float32Array;
      size: number;
      mask: 'specks' | 'threshold';
      thresh: number;
      op: MorphOp;
      shape: MorphShape;
      seW: number;
      seH: number;
      distance: boolean;
    };

export type TaskResult = { ms: number } & (
  | { view: 'gallery'; output: Float32Array }
  | { view: 'borders'; outputs: { mode: BorderMode; out: Float32Array }[] }
  | { view: 'canny'; input: Float32Array; stages: CannyStages }
  | { view: 'morphology'; mask: Float32Array; result: Float32Array; before: number; after: number; distance: Float32Array | null }
);

const asOn = (t: Tensor): Tensor => ({ data: t.data.map((x) => (x !== 0 ? 1 : 0)), shape: t.shape });

/**
 * Runs one panel's kernels. Pure (no DOM), so the same code runs in the worker and in tests.
 * Results are fresh arrays, never a cached one, because the worker transfers their buffers.
 */
export function runTask(t: Task): TaskResult {
  const t0 = performance.now();
  const img: Tensor = { data: t.image, shape: [t.size, t.size] };
  const done = <R extends object>(r: R) => ({ ...r, ms: performance.now() - t0 });
  switch (t.view) {
    case 'gallery':
      return done({ view: 'gallery', output: applyFilter(img, t.spec).data });
    case 'borders': {
      // The median ignores the mode (OpenCV's medianBlur always replicates): filter once, show it five times.
      const once = t.spec.filter === 'median' ? applyFilter(img, t.spec).data : null;
      const outputs = BORDER_MODES.map((mode) => ({ mode, out: once ? once.slice() : applyFilter(img, { ...t.spec, border: mode }).data }));
      return done({ view: 'borders', outputs });
    }
    case 'canny': {
      // 0–255 intensities, so the thresholds mean what they mean in OpenCV.
      const scaled = { data: t.image.map((x) => 255 * x), shape: img.shape };
      const input = t.sigma > 0 ? gaussianBlur(scaled, t.sigma) : scaled;
      return done({ view: 'canny', input: input.data, stages: canny(input, t.low, t.high, { l2gradient: t.l2 }) });
    }
    case 'morphology': {
      const mask =
        t.mask === 'specks' ? { data: specksMask().data.slice(), shape: img.shape } : { data: t.image.map((x) => (x > t.thresh ? 1 : 0)), shape: img.shape };
      const result = morphology(t.op, mask, getStructuringElement(t.shape, t.seW, t.seH));
      // Gradient, top-hat and black-hat are differences: a pixel counts as on where they are non-zero.
      const on = asOn(result);
      return done({
        view: 'morphology',
        mask: mask.data,
        result: result.data,
        before: connectedComponents(mask, 8).count,
        after: connectedComponents(on, 8).count,
        distance: t.distance ? distanceTransform(on) : null,
      });
    }
  }
}
