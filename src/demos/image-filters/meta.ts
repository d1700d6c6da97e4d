import type { DemoMeta } from '../types';
import { UPLOAD_NOT_IN_LINKS, defineParams, type ParamValues } from '../params';
import { BORDER_MODES } from '../../kernels/border';

/** Side of the working image: every sample, and every upload after downscaling, is this square. */
export const SIZE = 128;

export const imageFiltersParams = defineParams({
  view: {
    type: 'enum',
    default: 'gallery',
    options: { gallery: 'filter gallery', borders: 'border modes', canny: 'Canny, stage by stage', morphology: 'morphology' },
    label: 'Panel',
  },
  image: {
    type: 'enum',
    default: 'shapes',
    options: {
      shapes: 'shapes (sample)',
      noisy: 'shapes + salt-and-pepper noise',
      checker: 'checkerboard',
      rings: 'zone plate (rings)',
      upload: 'your upload',
    },
    label: 'Image',
    unrestorable: UPLOAD_NOT_IN_LINKS,
  },
  filter: {
    type: 'enum',
    default: 'gaussian',
    options: {
      gaussian: 'Gaussian blur',
      box: 'box (mean)',
      median: 'median',
      'sobel-x': 'Sobel ∂/∂x',
      'sobel-y': 'Sobel ∂/∂y',
      'scharr-x': 'Scharr ∂/∂x',
      magnitude: 'gradient magnitude |∂x| + |∂y|',
      laplacian: 'Laplacian',
      log: 'Laplacian of Gaussian',
    },
    label: 'Filter',
  },
  sigma: { type: 'number', default: 1.5, min: 0.3, max: 6, step: 0.1, label: 'Gaussian σ', unit: 'px' },
  ksize: { type: 'enum', default: 5, options: [1, 3, 5, 7, 9, 11, 13, 15], label: 'Window k×k (box, median)', unit: 'px' },
  aperture: { type: 'enum', default: 3, options: [1, 3, 5, 7], label: 'Derivative aperture (Sobel, Laplacian)', unit: 'px' },
  border: { type: 'enum', default: 'BORDER_REFLECT_101', options: BORDER_MODES, label: 'Border mode' },
  px: { type: 'int', default: 2, min: 0, max: SIZE - 1, label: 'Probe pixel x' },
  py: { type: 'int', default: 40, min: 0, max: SIZE - 1, label: 'Probe pixel y' },
  cannySigma: { type: 'number', default: 1.4, min: 0, max: 4, step: 0.1, label: 'Canny pre-blur σ (0 = none)', unit: 'px' },
  low: { type: 'number', default: 60, min: 0, max: 1000, step: 5, label: 'Low threshold (weak edges above)' },
  high: { type: 'number', default: 150, min: 0, max: 1000, step: 5, label: 'High threshold (strong edges above)' },
  l2: { type: 'bool', default: false, label: 'L2 magnitude √(dx² + dy²) instead of |dx| + |dy|' },
  stage: {
    type: 'enum',
    default: 'hysteresis',
    options: { magnitude: '1. gradient magnitude', nms: '2. non-maximum suppression', hysteresis: '3. hysteresis' },
    label: 'Canny stage',
  },
  mask: { type: 'enum', default: 'specks', options: { specks: 'shapes with specks and holes', threshold: 'the image, thresholded' }, label: 'Binary mask' },
  thresh: { type: 'number', default: 0.5, min: 0, max: 1, step: 0.01, label: 'Threshold (mask = image > t)' },
  op: { type: 'enum', default: 'open', options: ['erode', 'dilate', 'open', 'close', 'gradient', 'tophat', 'blackhat'], label: 'Operation' },
  shape: { type: 'enum', default: 'ellipse', options: ['rect', 'cross', 'ellipse'], label: 'Structuring element shape' },
  seW: { type: 'int', default: 5, min: 1, max: 15, label: 'Element width', unit: 'px' },
  seH: { type: 'int', default: 5, min: 1, max: 15, label: 'Element height', unit: 'px' },
  distance: { type: 'bool', default: false, label: 'Show the distance transform of the result' },
});

export type FilterValues = ParamValues<typeof imageFiltersParams>;
export type FilterName = FilterValues['filter'];

export const imageFiltersMeta: DemoMeta<typeof imageFiltersParams> = {
  id: 'image-filters',
  title: 'Image filters: kernels, borders, Canny and morphology',
  claim:
    'A linear filter is a small table of weights slid over the image (its border mode decides what it reads past the edge); Canny is gradients thinned by non-maximum suppression and linked by two thresholds; morphology is a min or max over a structuring element.',
  questions: ['image-processing/techniques'],
  params: imageFiltersParams,
  steps: () => [
    {
      say: 'A Gaussian blur, σ = 1.5 px: the 13×13 table of weights (OpenCV’s ±4σ size), all positive, summing to 1.',
      patch: { view: 'gallery', image: 'shapes', filter: 'gaussian', sigma: 1.5 },
    },
    { say: 'Salt-and-pepper noise: the Gaussian smears each bad pixel into a grey blob …', patch: { image: 'noisy' } },
    {
      say: '… the 5×5 median replaces each pixel by the middle of its 25 sorted neighbours: the outliers vanish and edges stay sharp.',
      patch: { filter: 'median', ksize: 5 },
    },
    {
      say: 'Sobel ∂/∂x = [1, 2, 1]ᵀ ⊗ [−1, 0, 1]: positive where the image brightens to the right, negative where it darkens.',
      patch: { image: 'shapes', filter: 'sobel-x', aperture: 3 },
    },
    {
      say: 'Near the edge a 13-tap kernel reads 6 pixels that do not exist: each border mode invents them differently.',
      patch: { view: 'borders', filter: 'gaussian', sigma: 1.5 },
      show: 'borders',
    },
    {
      say: 'Canny, stage 1: the gradient magnitude of the blurred image: every edge is several pixels thick.',
      patch: { view: 'canny', stage: 'magnitude', cannySigma: 1.4, low: 60, high: 150 },
      show: 'canny',
    },
    {
      say: 'Stage 2, non-maximum suppression: only the ridge of each edge survives, one pixel wide; bright = strong (> high), orange = weak.',
      patch: { stage: 'nms' },
    },
    { say: 'Stage 3, hysteresis: weak pixels are kept only when connected to a strong one; the dim red ones were dropped.', patch: { stage: 'hysteresis' } },
    { say: 'Raise the low threshold to the high one: no weak edges are left, and the contours break into pieces.', patch: { low: 150 } },
    {
      say: 'Morphology: opening with a 5×5 ellipse removes the specks smaller than the element and keeps the shapes.',
      patch: { view: 'morphology', mask: 'specks', op: 'open', shape: 'ellipse', seW: 5, seH: 5 },
      show: 'morphology',
    },
    { say: 'Closing (dilate, then erode) fills the holes instead; the specks stay.', patch: { op: 'close' } },
    {
      say: 'A 1×9 line element erodes only along x: thin vertical strokes disappear, horizontal ones survive.',
      patch: { op: 'erode', shape: 'rect', seW: 9, seH: 1 },
    },
  ],
};
