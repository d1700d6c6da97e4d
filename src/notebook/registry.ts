import type { DemoEntry } from '../demos/types';
import { bilinearMeta } from '../demos/bilinear/meta';
import { roiAlignMeta } from '../demos/roi-align/meta';
import { vitPatchingMeta } from '../demos/vit-patching/meta';
import { trainingMeta } from '../demos/training/meta';
import { unetMeta } from '../demos/unet/meta';
import { clipMeta } from '../demos/clip/meta';
import { optimizersMeta } from '../demos/optimizers/meta';
import { yoloMeta } from '../demos/yolo/meta';
import { metricsMeta } from '../demos/detection-metrics/meta';
import { queueingMeta } from '../demos/queueing/meta';
import { fanOutMeta } from '../demos/fan-out/meta';
import { deliveryMeta } from '../demos/delivery/meta';
import { eventLoopMeta } from '../demos/event-loop/meta';
import { gitGraphMeta } from '../demos/git-graph/meta';
import { ctfMeta } from '../demos/ctf/meta';
import { imageFiltersMeta } from '../demos/image-filters/meta';
import { registrationMeta } from '../demos/registration/meta';
import { reconstructionMeta } from '../demos/reconstruction/meta';
import { alignmentMeta } from '../demos/alignment/meta';
import { minimizersMeta } from '../demos/minimizers/meta';
import { vitMeta } from '../demos/vit/meta';
import { augmentationMeta } from '../demos/augmentation/meta';
import { efficientnetMeta } from '../demos/efficientnet/meta';
import { unetLessonsMeta } from '../demos/unet-lessons/meta';
import { fittingMeta } from '../demos/fitting/meta';
import { fineTuningMeta } from '../demos/fine-tuning/meta';
import { imbalanceMeta } from '../demos/imbalance/meta';
import { normalizationMeta } from '../demos/normalization/meta';
import { multiModelMeta } from '../demos/multi-model/meta';

/**
 * Every demo, by id. Metas are eager and tiny; components (and whatever heavy modules they
 * pull in) load only when a page shows them.
 */
export const demos: Record<string, DemoEntry> = {
  bilinear: { meta: bilinearMeta, load: () => import('../demos/bilinear/Demo.svelte') },
  'roi-align': { meta: roiAlignMeta, load: () => import('../demos/roi-align/Demo.svelte') },
  'vit-patching': { meta: vitPatchingMeta, load: () => import('../demos/vit-patching/Demo.svelte') },
  training: { meta: trainingMeta, load: () => import('../demos/training/Demo.svelte') },
  unet: { meta: unetMeta, load: () => import('../demos/unet/Demo.svelte') },
  clip: { meta: clipMeta, load: () => import('../demos/clip/Demo.svelte') },
  optimizers: { meta: optimizersMeta, load: () => import('../demos/optimizers/Demo.svelte') },
  yolo: { meta: yoloMeta, load: () => import('../demos/yolo/Demo.svelte') },
  'detection-metrics': { meta: metricsMeta, load: () => import('../demos/detection-metrics/Demo.svelte') },
  queueing: { meta: queueingMeta, load: () => import('../demos/queueing/Demo.svelte') },
  'fan-out': { meta: fanOutMeta, load: () => import('../demos/fan-out/Demo.svelte') },
  delivery: { meta: deliveryMeta, load: () => import('../demos/delivery/Demo.svelte') },
  'event-loop': { meta: eventLoopMeta, load: () => import('../demos/event-loop/Demo.svelte') },
  'git-graph': { meta: gitGraphMeta, load: () => import('../demos/git-graph/Demo.svelte') },
  ctf: { meta: ctfMeta, load: () => import('../demos/ctf/Demo.svelte') },
  'image-filters': { meta: imageFiltersMeta, load: () => import('../demos/image-filters/Demo.svelte') },
  registration: { meta: registrationMeta, load: () => import('../demos/registration/Demo.svelte') },
  reconstruction: { meta: reconstructionMeta, load: () => import('../demos/reconstruction/Demo.svelte') },
  alignment: { meta: alignmentMeta, load: () => import('../demos/alignment/Demo.svelte') },
  minimizers: { meta: minimizersMeta, load: () => import('../demos/minimizers/Demo.svelte') },
  vit: { meta: vitMeta, load: () => import('../demos/vit/Demo.svelte') },
  augmentation: { meta: augmentationMeta, load: () => import('../demos/augmentation/Demo.svelte') },
  efficientnet: { meta: efficientnetMeta, load: () => import('../demos/efficientnet/Demo.svelte') },
  'unet-lessons': { meta: unetLessonsMeta, load: () => import('../demos/unet-lessons/Demo.svelte') },
  fitting: { meta: fittingMeta, load: () => import('../demos/fitting/Demo.svelte') },
  'fine-tuning': { meta: fineTuningMeta, load: () => import('../demos/fine-tuning/Demo.svelte') },
  imbalance: { meta: imbalanceMeta, load: () => import('../demos/imbalance/Demo.svelte') },
  normalization: { meta: normalizationMeta, load: () => import('../demos/normalization/Demo.svelte') },
  'multi-model': { meta: multiModelMeta, load: () => import('../demos/multi-model/Demo.svelte') },
} as unknown as Record<string, DemoEntry>;

export function demoEntry(id: string): DemoEntry | undefined {
  return Object.hasOwn(demos, id) ? demos[id] : undefined;
}
