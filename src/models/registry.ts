import { clipSpec } from './clip/spec';
import { FAMILY } from './efficientnet/family';
import { effnetSpec } from './efficientnet/spec';
import { shapeClassifierSpec } from './shapeClassifier/spec';
import type { ModelSpec } from './spec';
import { unetSpec } from './unet/spec';
import { vitSpec } from './vit/spec';
import { yoloSpec } from './yolo/spec';

/** Every model this repository trains and ships, by name: what `npm run train` / `npm run eval` accept. */
export const MODELS: ReadonlyMap<string, ModelSpec> = new Map<string, ModelSpec>(
  [shapeClassifierSpec, unetSpec('unet'), unetSpec('unet-noskip'), clipSpec, yoloSpec, vitSpec, ...FAMILY.map(effnetSpec)].map((s) => [
    s.name,
    s as unknown as ModelSpec,
  ]),
);
