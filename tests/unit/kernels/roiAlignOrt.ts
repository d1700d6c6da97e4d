import type { Tensor } from '../../../src/kernels/tensor';
import type { RoiAlignOptions } from '../../../src/kernels/roiAlign';
import { roiAlignFeeds, roiAlignModel } from '../../../src/models/onnx/referenceModels';
import { runOnce } from '../../../src/models/runtime/ort';

/** Runs onnxruntime-web's RoiAlign once (avg, or ONNX's own max mode): the reference for roiAlign. */
export async function ortRoiAlign(
  x: Tensor,
  rois: Tensor,
  batchIndices: ArrayLike<number>,
  opts: RoiAlignOptions,
  onnxMode: 'avg' | 'max' = 'avg',
): Promise<Tensor> {
  const bytes = roiAlignModel(x.shape, rois.shape[0], opts, onnxMode);
  return (await runOnce(bytes, roiAlignFeeds(x, rois, batchIndices))).y;
}
