import type { NotebookSelfCheck } from '../types';

export const items: NotebookSelfCheck = {
  techniques: [
    {
      id: 'salt-pepper',
      kind: 'choice',
      prompt: 'Which filter removes salt-and-pepper noise best?',
      options: [
        { text: 'A median filter', correct: true },
        { text: 'A Gaussian filter', why: 'It spreads each outlier into a blob; it suits Gaussian-distributed noise.' },
        { text: 'A Sobel filter', why: 'Sobel is a derivative filter: it amplifies isolated outliers.' },
        { text: 'Unsharp masking', why: 'It sharpens, which makes specks stand out more.' },
      ],
      explain: 'Outliers do not affect the median of a neighbourhood.',
    },
    {
      id: 'canny-order',
      kind: 'order',
      prompt: 'Put the stages of the Canny edge detector in order.',
      steps: [
        'Smooth with a Gaussian',
        'Compute gradient magnitude and direction (Sobel)',
        'Non-maximum suppression along the gradient direction',
        'Double threshold into strong and weak edges',
        'Hysteresis: keep weak edges connected to strong ones',
      ],
      explain: 'Smoothing sets the scale, NMS thins edges to one pixel, and hysteresis keeps them connected.',
    },
    {
      id: 'opening',
      kind: 'choice',
      prompt: 'What does a morphological opening (erode, then dilate) do to a binary mask?',
      options: [
        { text: 'Removes small bright specks and thin protrusions, leaving larger shapes mostly unchanged', correct: true },
        { text: 'Fills small dark holes and gaps', why: 'That is closing: dilate, then erode.' },
        {
          text: 'Shrinks every shape by the structuring element',
          why: 'That is erosion alone; the dilation in an opening restores shapes larger than the element.',
        },
        { text: 'Changes the mask each time it is applied again', why: 'Opening is idempotent: applying it twice changes nothing more.' },
      ],
      explain: 'Shapes smaller than the structuring element cannot survive the erosion, so the dilation has nothing to restore.',
    },
    {
      id: 'resize-masks',
      kind: 'choice',
      prompt: 'How should a segmentation label map (class indices) be resized?',
      options: [
        { text: 'Nearest neighbour, or interpolate one-hot probabilities and take the argmax', correct: true },
        { text: 'Bilinear interpolation of the class indices', why: 'Interpolating indices invents classes that do not exist (halfway between 1 and 3 is 2).' },
        { text: 'Bicubic interpolation for sharper boundaries', why: 'Bicubic also interpolates values and can overshoot: same problem as bilinear, worse.' },
        { text: 'Normalise the mask first, then bilinear', why: 'Label maps must never be normalised; class indices are not intensities.' },
      ],
      explain: 'Nearest neighbour never invents class values.',
    },
  ],
  registration: [
    {
      id: 'ransac-iterations',
      kind: 'numeric',
      prompt:
        'RANSAC for a homography (s = 4 matches per sample) with 50% inliers: how many iterations give p = 0.99 of at least one all-inlier sample? N = log(1 − p) / log(1 − wˢ).',
      answer: 72,
      tolerance: 1.5,
      // ln 0.01 / ln(1 − 0.0625) = 71.4, rounded up to 72; ±1.5 accepts 71–73, rejects w instead of w⁴ (6.6) and s = 3 (34.5).
      unit: 'iterations',
      explain: 'log(0.01) / log(1 − 0.5⁴) = −4.605 / −0.0645 ≈ 71.4, so about 72; with 30% inliers it is about 567.',
    },
    {
      id: 'multimodal',
      kind: 'choice',
      prompt: 'Which similarity measure suits registering a fluorescence image to an electron micrograph?',
      options: [
        { text: 'Mutual information', correct: true },
        { text: 'Sum of squared differences', why: 'It assumes the same modality and intensity scale.' },
        { text: 'Normalised cross-correlation', why: 'It allows an affine intensity change only, not an arbitrary relation between modalities.' },
        { text: 'Lowe’s ratio test', why: 'That filters descriptor matches; it is not an image similarity measure.' },
      ],
      explain: 'MI is maximal when one image’s intensities best predict the other’s, without assuming any functional relation.',
    },
    {
      id: 'phase-correlation',
      kind: 'choice',
      prompt: 'What does phase correlation give for an image g that is f shifted by t?',
      options: [
        { text: 'A sharp peak at t in the inverse FFT of the normalised cross-power spectrum', correct: true },
        { text: 'The rotation angle between the images', why: 'Rotation breaks the single peak; Fourier–Mellin (log-polar) recovers rotation and scale.' },
        {
          text: 'A peak whose height equals the brightness difference',
          why: 'The magnitude is normalised away, so it is robust to global brightness changes.',
        },
        {
          text: 'The shift only if it is smaller than one pixel',
          why: 'It finds any shift (circularly); sub-pixel accuracy needs peak fitting or upsampled DFT.',
        },
      ],
      explain: 'R = GF*/|GF*| = e^{−2πi u·t}, whose inverse transform is δ(x − t).',
    },
    {
      id: 'einstein-noise',
      kind: 'choice',
      prompt: 'Aligning pure-noise images to a reference and averaging them gives what?',
      options: [
        { text: 'An image that looks like the reference (“Einstein from noise”)', correct: true },
        { text: 'Pure noise, as expected', why: 'Alignment picks the noise that correlates with the reference, so the average reproduces it.' },
        { text: 'A blank image', why: 'Selected noise is not zero-mean with respect to the reference pattern.' },
        { text: 'A higher-resolution version of the reference', why: 'It only reproduces what was already in the reference; no new signal appears.' },
      ],
      explain: 'At low SNR alignment can create the signal you expect: use gold-standard half-maps and low-pass-filtered or reference-free starts.',
    },
  ],
};
