import card from '../../../models/vit-tiny/card.json';
import type { ShapesOptions } from '../../models/data/shapes';
import { vitBatch, type VitBatch } from '../../models/vit/data';
import { DEMO_STREAM } from './meta';

/**
 * The distance plot's held-out scenes: stream DEMO_STREAM from scene 10000 on (the scene picker
 * reaches 9999, so none is the one on screen), with the card's data options. Sixty-four
 * antialiased scenes take ~150 ms, so the demo renders them in the scenes worker (shared/sceneJobs.ts).
 */
export function distanceScenes(count: number): VitBatch {
  return vitBatch(DEMO_STREAM, 10000, count, card.architecture.patchSize, card.data.options as Partial<ShapesOptions>);
}
