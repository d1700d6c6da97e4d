import type { NotebookSelfCheck } from '../types';

export const items: NotebookSelfCheck = {
  'yolo-mask-rcnn': [
    {
      id: 'fpn-level',
      kind: 'numeric',
      prompt: 'FPN level assignment is k = ⌊4 + log₂(√(wh)/224)⌋. Which level k (pyramid level P_k) does a 112×112 RoI come from?',
      answer: 3,
      tolerance: 0.5,
      explain: 'log₂(112/224) = −1, so k = 3: a 224² RoI uses P4 and one half its side uses P3.',
    },
    {
      id: 'roialign-vs-roipool',
      kind: 'choice',
      prompt: 'Why does RoIPool’s quantisation hurt mask prediction more than it hurts classifying the box?',
      options: [
        {
          text: 'Rounding the RoI and its bin edges to the feature grid misaligns features by up to about a cell (tens of pixels at stride 16 or 32), which a classifier tolerates but a pixel-accurate mask does not',
          correct: true,
        },
        { text: 'RoIAlign uses more channels than RoIPool', why: 'Both pool the same feature channels; the difference is where the samples are taken.' },
        {
          text: 'RoIAlign adds a learned offset per bin',
          why: 'That is deformable RoI pooling; RoIAlign just bilinearly samples at exact, unrounded positions.',
        },
        { text: 'RoIPool cannot produce 14×14 outputs', why: 'It can; it rounds the RoI and the bin edges, which is the problem.' },
      ],
      explain:
        'RoIAlign samples at exact, unrounded positions. The gains are largest at strict AP75 and on coarse strides: +7.3 mask AP and +10.5 AP75 with stride-32 C5 features (He et al. 2017, Table 2d); box AP also rises (28.2 → 34.0), since box regression is localisation too.',
    },
    {
      id: 'yolov2-sigmoid',
      kind: 'choice',
      prompt: 'YOLOv2 predicts box centres as b_x = σ(t_x) + c_x. Why the sigmoid?',
      options: [
        { text: 'It keeps the centre inside its cell, which stabilises early training', correct: true },
        {
          text: 'It turns the offset into a class probability',
          why: 'Class scores are separate outputs; σ here bounds the centre offset to (0, 1) of a cell.',
        },
        { text: 'It makes the box width positive', why: 'Width uses p_w·e^{t_w}; the sigmoid is for the centre.' },
        { text: 'It replaces non-maximum suppression', why: 'YOLOv2 still runs NMS on its dense predictions.' },
      ],
      explain: 'Unbounded offsets let any anchor drift anywhere in the image early in training.',
    },
    {
      id: 'mask-inference',
      kind: 'order',
      prompt: 'Put Mask R-CNN inference in order.',
      steps: [
        'Backbone and FPN compute multi-scale features',
        'The RPN proposes boxes',
        'The box head classifies and refines the proposals, then NMS',
        'The mask head runs on the top 100 detections',
        'The predicted class’s 28×28 mask is resized to its box and thresholded at 0.5',
      ],
      explain: 'At inference the mask head runs after the box head and NMS, only on the kept detections.',
    },
  ],
  'segmentation-challenges': [
    {
      id: 'volume-memory',
      kind: 'numeric',
      prompt: 'One feature map of a 400³ volume with 32 float32 channels: how much memory does it take, in GB (10⁹ bytes)?',
      answer: 8.19,
      tolerance: 0.2,
      unit: 'GB',
      // 400³ = 6.4·10⁷ voxels × 32 channels × 4 bytes = 8.19·10⁹ B (7.63 GiB). Forgetting the 4 bytes gives 2.05,
      // forgetting the channels 0.26; the tolerance accepts 8.0–8.4, so rounding but not those slips.
      explain:
        '400³ × 32 × 4 bytes = 8.19·10⁹ bytes, for one activation of one layer: why 3D segmentation trains on patches and predicts with overlapping tiles.',
    },
    {
      id: 'ce-plus-dice',
      kind: 'choice',
      prompt: 'Why combine cross-entropy with soft Dice rather than use Dice alone?',
      options: [
        { text: 'Dice alone has noisy, large gradients when foreground is tiny and is undefined on empty patches without smoothing', correct: true },
        { text: 'Dice cannot be differentiated', why: 'Soft Dice on probabilities is differentiable; that is why it is used as a loss.' },
        {
          text: 'Cross-entropy directly optimises the overlap metric',
          why: 'It is Dice that targets overlap; cross-entropy supplies smooth, well-behaved gradients.',
        },
        { text: 'Dice is dominated by background pixels', why: 'The reverse: Dice ignores true negatives, which is why it helps with imbalance.' },
      ],
      explain: 'L = L_CE + L_Dice is a robust default: stable optimisation from CE, a direct overlap target from Dice.',
    },
    {
      id: 'leaky-patches',
      kind: 'choice',
      prompt: 'You split a segmentation dataset into train and test by random patches. What is wrong?',
      options: [
        { text: 'Neighbouring patches of the same image (or protein) land in both sets, so the test score is inflated', correct: true },
        { text: 'Nothing, as long as patches do not overlap', why: 'Non-overlapping patches of one image still share its content, acquisition and labels.' },
        { text: 'Patches are too small for Dice', why: 'Patch size matters for context, but the flaw is the leaky split.' },
        { text: 'Random splits are always biased towards background', why: 'Stratification aside, the real issue is correlated samples across the split.' },
      ],
      explain: 'Split by image, specimen or protein family, so near-duplicates never straddle train and test.',
    },
  ],
};
