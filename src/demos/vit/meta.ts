import type { DemoMeta } from '../types';
import { UPLOAD_NOT_IN_LINKS, defineParams } from '../params';

/** Held-out scenes: vit-tiny trained and validated on stream 1 (its card), never on this one. */
export const DEMO_STREAM = 2025;
/** vit-tiny's patch grid: 32×32 px at P = 4 is 8×8 patches, tokens 1…64 after CLS. */
export const GRID = 8;
export const LAYERS = [1, 2, 3, 4] as const;
export const INKS = ['red', 'green', 'blue', 'yellow', 'purple'] as const;

export const vitParams = defineParams({
  source: {
    type: 'enum',
    default: 'sample',
    options: { sample: 'held-out scene', draw: 'draw your own', upload: 'your upload' },
    label: 'Image',
    unrestorable: UPLOAD_NOT_IN_LINKS,
  },
  scene: { type: 'int', default: 2, min: 0, max: 9999, label: `Scene (held-out stream ${DEMO_STREAM})` },
  ink: { type: 'enum', default: 'red', options: INKS, label: 'Ink colour of the drawing' },
  view: {
    type: 'enum',
    default: 'patch',
    options: { patch: 'where the selected patch attends', cls: 'where CLS attends', rollout: 'attention rollout from CLS (all layers)' },
    label: 'Show',
  },
  layer: { type: 'enum', default: 1, options: LAYERS, label: 'Layer' },
  head: { type: 'enum', default: 'mean', options: [['mean', 'mean of the 4 heads'], '1', '2', '3', '4'], label: 'Head' },
  patch: { type: 'int', default: 27, min: 0, max: GRID * GRID - 1, label: 'Selected patch (0-based, raster order; token = patch + 1)' },
  residual: { type: 'number', default: 0.5, min: 0, max: 1, step: 0.05, label: 'Rollout residual weight (Abnar & Zuidema: 0.5; ViT App. D.8: 0)' },
});

export const vitMeta: DemoMeta<typeof vitParams> = {
  id: 'vit',
  title: 'A trained ViT, opened up: patches, attention, CLS, class',
  claim:
    'A Vision Transformer classifies from its CLS token, which gathers the patches through attention: open any layer and head to see where each token looks, and roll the attention out to the image.',
  questions: ['model-architecture/vit'],
  params: vitParams,
  steps: () => [
    {
      say: 'Patch: a held-out 32×32 scene cut into 8×8 patches of 4×4 pixels. Each patch, 4·4·3 = 48 numbers, is all one token starts from.',
      patch: { source: 'sample', scene: 2, view: 'patch', layer: 1, head: 'mean', patch: 27, residual: 0.5 },
      show: 'attention',
    },
    {
      say: 'Token: a linear map turns the 48 numbers into 64, and a learned position embedding is added. Nothing else says where a patch was; in the learned embeddings, neighbouring patches ended up more alike: a faint grid the model found on its own.',
      show: 'positions',
    },
    {
      say: 'Attention, layer 1: the selected patch’s query is scored against all 65 keys and softmaxed, in each of 4 heads (their mean is shown). Bright patches are where it reads from; the line under the image gives the share on the object’s patches.',
      patch: { view: 'patch', layer: 1, head: 'mean' },
      show: 'attention',
    },
    {
      say: 'Layer 2: the same patch now reads almost only from the object. Most patches do, wherever they sit: this layer gathers the object into every token.',
      patch: { layer: 2 },
      show: 'attention',
    },
    {
      say: 'How far each head looks, averaged over held-out scenes (ViT Fig. 7, right). ViT-L’s early layers mix near and far heads; here every head sits near the value for uniform attention: this small model learned no local heads.',
      patch: { layer: 4, head: 'mean' },
      show: 'distance',
    },
    {
      say: 'CLS has no pixels of its own. Already in layer 1 it reads mostly from the object’s patches (the line under the image); by layers 3 and 4 its map is nearly flat.',
      patch: { view: 'cls', layer: 1, head: 'mean' },
      show: 'attention',
    },
    {
      say: 'Rollout (Abnar & Zuidema 2020): add the residual path (½I) to each layer’s head-mean attention, renormalise, and multiply through all four layers: how much of the final CLS comes from each patch.',
      patch: { view: 'rollout' },
      show: 'attention',
    },
    {
      say: 'Class: the final CLS vector, layer-normed, goes through two linear heads: shape and colour, each a softmax over its classes.',
      show: 'prediction',
    },
  ],
};
