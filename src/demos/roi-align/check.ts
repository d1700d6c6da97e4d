import { roiAlign, roiAlignOnnxMax, type RoiAlignOptions } from '../../kernels/roiAlign';
import { maxAbsDiff, tensor, type Tensor } from '../../kernels/tensor';

/**
 * Runs the demo's current case through onnxruntime-web's RoiAlign (loaded on demand) and
 * compares. In max mode ORT follows the ONNX spec (max of weighted corners, onnx/onnx#4764), so
 * ours differs by design; we also report how close ORT is to our model of the spec's rule.
 */
export async function checkAgainstOrt(map: Tensor, roi: number[], opts: RoiAlignOptions) {
  const [{ runOnce }, { roiAlignModel, roiAlignFeeds }] = await Promise.all([import('../../models/runtime/ort'), import('../../models/onnx/referenceModels')]);
  const rois = tensor([1, 4], roi);
  const mode = opts.mode ?? 'avg';
  const ref = (await runOnce(roiAlignModel(map.shape, 1, opts, mode), roiAlignFeeds(map, rois, [0]))).y;
  const ours = roiAlign(map, rois, [0], opts);
  const diff = maxAbsDiff(ours.data, ref.data);
  if (mode === 'avg') return { maxAbsDiff: diff };
  const spec = maxAbsDiff(roiAlignOnnxMax(map, rois, [0], opts).data, ref.data);
  return {
    maxAbsDiff: spec,
    note:
      `Compared with our model of ONNX's max rule (max of the four weighted corners per sample). ` +
      `Our max mode (interpolate, then max: the paper's and mmcv's meaning) differs from ORT by ${diff.toPrecision(3)}: onnx/onnx#4764.`,
  };
}
