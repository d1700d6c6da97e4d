import vitCard from '../../../models/vit-tiny/card.json';
import clipCard from '../../../models/clip/card.json';
import { gaussianBlur } from '../../kernels/gaussianBlur';
import { normal, randomSeeded } from '../../kernels/random';
import { shapesSample, type ShapesOptions } from '../../models/data/shapes';
import { FUSION_COUNT, FUSION_STREAM, type Corruption } from './meta';

/**
 * The fusion demo's held-out scenes: single objects of stream FUSION_STREAM with vit-tiny's data
 * options, object size capped at the smaller of the two models' training maxima (CLIP saw objects
 * up to its card's maxSize, vit-tiny larger ones), so neither model is shown sizes it never saw.
 * A corruption at strength `level` ∈ [0, 1] is applied after rendering, seeded by scene index:
 *   noise      additive Gaussian noise of σ = 0.35·level, clamped to [0, 1];
 *   occlusion  a mid-grey square of side round(level · S/2) centred on the object;
 *   blur       a Gaussian blur of σ = 2·level px per channel (OpenCV GaussianBlur, reflect-101).
 */
export interface FusionScenes {
  size: number; // S
  nchw: Float32Array; // [N, 3, S, S] in [0, 1]
  shapes: Int32Array; // [N], index into SHAPES
}
export interface SceneRequest {
  corruption: Corruption;
  level: number;
}

// The cards' JSON types `background` as string; the training CLIs wrote ShapesOptions.
const vitOptions = vitCard.data.options as Partial<ShapesOptions>;
export const SCENE_OPTIONS: Partial<ShapesOptions> = { ...vitOptions, maxSize: Math.min(vitCard.data.options.maxSize, clipCard.data.options.maxSize) };

export function fusionScenes(req: SceneRequest, count = FUSION_COUNT, progress: (done: number) => void = () => {}): FusionScenes {
  const S = SCENE_OPTIONS.width!;
  const per = 3 * S * S;
  const nchw = new Float32Array(count * per);
  const shapes = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const s = shapesSample(FUSION_STREAM, i, SCENE_OPTIONS);
    const img = nchw.subarray(i * per, (i + 1) * per);
    img.set(s.image);
    shapes[i] = s.labels[0];
    if (req.level > 0) corrupt(img, S, req, s.objects[0], i);
    if (i % 50 === 49) progress(i + 1);
  }
  return { size: S, nchw, shapes };
}

function corrupt(img: Float32Array, S: number, { corruption, level }: SceneRequest, obj: { cx: number; cy: number }, index: number): void {
  const plane = S * S;
  if (corruption === 'noise') {
    const rand = randomSeeded(0x5eed + index);
    for (let i = 0; i < img.length; i++) img[i] = Math.min(1, Math.max(0, img[i] + 0.35 * level * normal(rand)));
  } else if (corruption === 'occlusion') {
    const side = Math.round((level * S) / 2);
    const x0 = Math.round(obj.cx - side / 2);
    const y0 = Math.round(obj.cy - side / 2);
    for (let c = 0; c < 3; c++)
      for (let y = Math.max(0, y0); y < Math.min(S, y0 + side); y++)
        for (let x = Math.max(0, x0); x < Math.min(S, x0 + side); x++) img[c * plane + y * S + x] = 0.5;
  } else if (corruption === 'blur') {
    for (let c = 0; c < 3; c++) {
      const ch = img.subarray(c * plane, (c + 1) * plane);
      ch.set(gaussianBlur({ data: ch.slice(), shape: [S, S] }, 2 * level).data);
    }
  }
}
