import type { DemoMeta } from '../types';
import { defineParams } from '../params';

/** Image sides offered: every one divisible by every patch size, so the grid is always whole. */
export const SIZES = [32, 48, 64, 96] as const;
export const PATCH_SIZES = [4, 8, 16] as const;
/** Most patches any setting can have: 96 px at P = 4 is a 24×24 grid. */
const MAX_PATCHES = (96 / 4) ** 2;

export const vitPatchingParams = defineParams({
  image: { type: 'enum', default: 'shapes', options: { shapes: 'shapes (sample)', gradient: 'RGB gradient', checker: 'checkerboard' }, label: 'Image' },
  size: { type: 'enum', default: 64, options: SIZES, label: 'Image size H = W', unit: 'px' },
  p: { type: 'enum', default: 8, options: PATCH_SIZES, label: 'Patch size P', unit: 'px' },
  sel: { type: 'int', default: 20, min: 0, max: MAX_PATCHES - 1, label: 'Selected patch (0-based, raster order)' },
  base: { type: 'enum', default: 32, options: SIZES, label: 'Pretraining size: position embeddings learned at', unit: 'px' },
  interp: { type: 'bool', default: true, label: 'Interpolate to the current grid (ViT §3.2)' },
  pos: {
    type: 'enum',
    default: 'sinusoidal',
    options: { sinusoidal: '2-D sin–cos (smooth, like trained ones)', random: 'random (as at initialisation)' },
    label: 'Position embeddings',
  },
  align: { type: 'enum', default: 'half_pixel', options: ['half_pixel', 'align_corners'], label: 'Interpolation coordinates' },
});

export const vitPatchingMeta: DemoMeta<typeof vitPatchingParams> = {
  id: 'vit-patching',
  title: 'ViT patching: an image becomes a sequence of tokens',
  claim: 'A ViT reads an image as a sequence: N = HW/P² patch tokens plus one CLS token, each patch token a linear projection of a flattened P×P patch.',
  questions: ['model-architecture/vit'],
  params: vitPatchingParams,
  limits: (v) => {
    const n = (v.size / v.p) ** 2;
    return { sel: { max: n - 1, why: `a ${v.size} px image at P = ${v.p} has ${n} patches, numbered from 0` } };
  },
  steps: () => [
    {
      say: 'A 32×32 image with P = 16 is a 2×2 grid: N = 32·32/16² = 4 patch tokens, plus the CLS token = 5 tokens.',
      patch: { size: 32, base: 32, p: 16, sel: 0, interp: true, align: 'half_pixel' },
    },
    {
      say: 'Select patch 1, the top-right one (token 2, after CLS): its 3·16·16 = 768 values, channel by channel and row by row, are all the projection E sees.',
      patch: { sel: 1 },
    },
    { say: 'Halve P to 8: four times the tokens (16 + 1 = 17), each a quarter as long (192 values). Same pixels, finer grid.', patch: { p: 8, sel: 6 } },
    {
      say: 'P = 4: 64 + 1 = 65 tokens of 48 values. Attention compares every pair of tokens: 65² = 4,225 scores per head and layer, against 5² = 25 at P = 16.',
      patch: { p: 4, sel: 20 },
    },
    { say: 'Back to P = 8, the pretraining setting: 4×4 = 16 patches, each with its own learned position embedding.', patch: { p: 8, sel: 6 } },
    {
      say: 'Fine-tune at 64 px with the same P: the grid grows to 8×8 = 64 patches. E is unchanged (it only ever sees one patch), but 16 position embeddings must now cover 64 positions.',
      patch: { size: 64, sel: 20 },
    },
    {
      say: 'Without interpolation: 16 learned position embeddings, 64 patch tokens. They cannot be added; the shapes do not match.',
      patch: { interp: false },
    },
    {
      say: "Interpolate (ViT §3.2): the 4×4 grid is resized to 8×8 in 2-D, half_pixel (PyTorch align_corners=False, timm's convention: each new cell samples the old grid at its centre). CLS keeps its own embedding.",
      patch: { interp: true },
    },
    {
      say: "align_corners (what the original JAX code's scipy.ndimage.zoom does): the four corner embeddings are copied exactly and the rest spread evenly between them; half_pixel clamped at the border instead.",
      patch: { align: 'align_corners' },
    },
    { say: 'Go to 96 px: 12×12 = 144 patches + CLS = 145 tokens, from the same 16 learned embeddings, stretched further.', patch: { size: 96, sel: 20 } },
  ],
};
