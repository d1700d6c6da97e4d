import { attention } from './attention';
import { averagePrecision } from './averagePrecision';
import { bilinear } from './bilinear';
import { boxIou } from './boxIou';
import { conv2d } from './conv2d';
import { ctf } from './ctf';
import { diceLoss } from './diceLoss';
import { infoNce } from './infoNce';
import { maxPool } from './maxPool';
import { minimizers } from './minimizers';
import { nms } from './nms';
import { patchify } from './patchify';
import { roiAlignBin } from './roiAlignBin';
import { smithWaterman } from './smithWaterman';
import { softmaxTemperature } from './softmaxTemperature';
import type { Solutions } from './types';

/** A right and some wrong solutions per exercise id, for the grader tests (Node) and the browser tests. */
export const solutions: Record<string, Solutions> = {
  bilinear,
  'roi-align-bin': roiAlignBin,
  patchify,
  attention,
  'softmax-temperature': softmaxTemperature,
  'info-nce': infoNce,
  'box-iou': boxIou,
  nms,
  'average-precision': averagePrecision,
  conv2d,
  'max-pool': maxPool,
  'dice-loss': diceLoss,
  'smith-waterman': smithWaterman,
  ctf,
  minimizers,
};
