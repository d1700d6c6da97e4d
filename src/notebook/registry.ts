import type { DemoEntry } from '../demos/types';
import { bilinearMeta } from '../demos/bilinear/meta';
import { roiAlignMeta } from '../demos/roi-align/meta';
import { vitPatchingMeta } from '../demos/vit-patching/meta';
import { trainingMeta } from '../demos/training/meta';
import { unetMeta } from '../demos/unet/meta';
import { clipMeta } from '../demos/clip/meta';
import { efficientnetMeta } from '../demos/efficientnet/meta';
import { unetLessonsMeta } from '../demos/unet-lessons/meta';

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
  efficientnet: { meta: efficientnetMeta, load: () => import('../demos/efficientnet/Demo.svelte') },
  'unet-lessons': { meta: unetLessonsMeta, load: () => import('../demos/unet-lessons/Demo.svelte') },
} as unknown as Record<string, DemoEntry>;

export function demoEntry(id: string): DemoEntry | undefined {
  return Object.hasOwn(demos, id) ? demos[id] : undefined;
}
