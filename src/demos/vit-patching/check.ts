import { interpolatePositionEmbeddings, patchEmbed } from '../../kernels/patchify';
import { maxAbsDiff, type Tensor } from '../../kernels/tensor';
import type { CoordinateMode } from '../../kernels/resize';

/**
 * The demo's current case through onnxruntime-web (loaded on demand): the patch embedding
 * against Conv(kernel = stride = P) → Reshape → Transpose, and, when the grid changed, the
 * position-embedding resize against Resize on the [1, D, gh, gw] view of the grid.
 */
export async function checkAgainstOrt(
  image: Tensor,
  weight: Tensor,
  bias: Tensor,
  p: number,
  pos: { learned: Tensor; from: number; to: number; mode: CoordinateMode } | null,
) {
  const [{ runOnce }, { patchEmbedModel, resizeModel }] = await Promise.all([import('../../models/runtime/ort'), import('../../models/onnx/referenceModels')]);
  const ref = (await runOnce(patchEmbedModel(image.shape, weight, bias, p), { x: image })).y;
  const conv = maxAbsDiff(patchEmbed(image, weight, bias, p).data, ref.data);
  const tokens = ref.shape[1];
  if (!pos || pos.from === pos.to) return { maxAbsDiff: conv, note: `patch embedding, ${tokens} tokens × D = ${weight.shape[0]}` };

  const [t, d] = pos.learned.shape;
  const planes = new Float32Array(t * d);
  for (let k = 0; k < t; k++) for (let c = 0; c < d; c++) planes[c * t + k] = pos.learned.data[k * d + c];
  const x = { data: planes, shape: [1, d, pos.from, pos.from] };
  const resized = (await runOnce(resizeModel(x.shape, pos.to, pos.to, pos.mode), { x })).y;
  const ours = interpolatePositionEmbeddings(pos.learned, pos.from, pos.from, pos.to, pos.to, pos.mode);
  const m = pos.to * pos.to;
  const back = Float32Array.from({ length: m * d }, (_, i) => resized.data[(i % d) * m + Math.floor(i / d)]);
  const resize = maxAbsDiff(ours.data, back);
  return {
    maxAbsDiff: Math.max(conv, resize),
    note: `patch embedding (Conv, ${tokens} tokens): ${conv.toExponential(1)}; position embeddings ${pos.from}×${pos.from} → ${pos.to}×${pos.to} (Resize, ${pos.mode}): ${resize.toExponential(1)}`,
  };
}
