import type { NotebookSelfCheck } from '../types';

export const items: NotebookSelfCheck = {
  imbalanced: [
    {
      id: 'always-negative',
      kind: 'numeric',
      prompt: 'With 1% positives, what accuracy does a model reach by always answering “negative”?',
      answer: 99,
      tolerance: 0.5,
      unit: '%',
      explain:
        'It is right on every negative, 99% of the data, and finds no positive: accuracy hides the minority class, so use per-class recall, precision and PR-AUC.',
    },
    {
      id: 'focal-easy',
      kind: 'numeric',
      prompt:
        'Focal loss with γ = 2: an example already classified at p_t = 0.9 contributes how many times less than under plain cross-entropy? (Modulating factor only: leave α out.)',
      answer: 100,
      tolerance: 1,
      // 0.1² = 0.01; ±1 rejects 10 (no square) and 400 (α = 0.25 folded in).
      unit: '×',
      explain:
        'The factor is (1 − p_t)^γ = 0.1² = 0.01, so 100× less (forgetting the square gives 10×): focal loss down-weights easy examples, which dense detectors have by the ~100k. α_t (0.25 for foreground, 0.75 for background) is a separate constant weight.',
    },
    {
      id: 'resample-when',
      kind: 'choice',
      prompt: 'When and where should oversampling of the minority class happen?',
      options: [
        { text: 'After a stratified split, on the training set only', correct: true },
        {
          text: 'Before splitting, so every split is balanced',
          why: 'Copies of the same minority image would land in train and test, leaking and inflating the score.',
        },
        {
          text: 'On the test set, so the metrics see enough positives',
          why: 'The test set must keep the deployment distribution; resampling it makes the metrics meaningless.',
        },
        {
          text: 'On validation and test only, to keep training natural',
          why: 'Resampling evaluation data changes what the metrics measure; it belongs on the training set.',
        },
      ],
      explain: 'Split first (stratified, grouped when samples are correlated); any resampling touches the training set only.',
    },
    {
      id: 'roc-misleading',
      kind: 'choice',
      prompt: 'Why can ROC-AUC look excellent under heavy imbalance while the model is unusable?',
      options: [
        { text: 'FPR divides by the huge number of negatives, so thousands of false positives barely move it while precision collapses', correct: true },
        { text: 'ROC-AUC ignores the positive class', why: 'The TPR axis is recall on the positives; the problem is the FPR’s huge denominator.' },
        { text: 'ROC curves need a threshold of 0.5', why: 'ROC sweeps every threshold; that is what the curve is.' },
        {
          text: 'ROC-AUC is only defined for balanced data',
          why: 'It is defined for any ratio; it is just insensitive to false positives when negatives dominate.',
        },
      ],
      explain: 'The precision–recall curve exposes what ROC hides: precision falls as false positives pile up.',
    },
  ],
  augmentation: [
    {
      id: 'flip-unsafe',
      kind: 'choice',
      prompt: 'For which task is a random horizontal flip NOT label-preserving?',
      options: [
        { text: 'Reading digits or text', correct: true },
        { text: 'Classifying cats and dogs', why: 'A mirrored cat is still a cat: flips are a standard augmentation here.' },
        {
          text: 'Particle picking on 2D cryo-EM micrographs',
          why: 'Orientation is arbitrary in micrographs, and a mirrored 2D projection is the projection of the same particle seen from the other side, so flips and 90° rotations preserve the label exactly.',
        },
        { text: 'Semantic segmentation of road scenes, flipping image and mask together', why: 'With the same flip on the mask the labels stay consistent.' },
      ],
      explain:
        'Label preservation depends on the task: mirrored digits and letters are not valid characters (and b ↔ d swap), and left/right anatomy swaps. (6 ↔ 9 is a 180° rotation, not a flip: a separate reason to avoid large rotations on digits.)',
    },
    {
      id: 'mixup-labels',
      kind: 'choice',
      prompt: 'What does Mixup do to the labels?',
      options: [
        { text: 'Mixes the one-hot labels with the same λ as the images: ỹ = λyᵢ + (1 − λ)yⱼ', correct: true },
        {
          text: 'Keeps the label of the dominant image',
          why: 'That would throw away the point: soft targets between classes are what regularise and calibrate.',
        },
        { text: 'Mixes labels by the pasted area fraction', why: 'That is CutMix, which pastes a rectangle instead of blending whole images.' },
        { text: 'Leaves labels unchanged', why: 'Photometric transforms do; mixing transforms must mix the labels too.' },
      ],
      explain: 'λ ~ Beta(α, α) weighs both images and labels; the soft targets discourage over-confident logits.',
    },
    {
      id: 'tta-order',
      kind: 'order',
      prompt: 'Put test-time augmentation (TTA) for a segmentation model in order.',
      steps: [
        'Make flipped and rotated copies of the test image',
        'Run the model on every copy',
        'Invert each copy’s transform on its predicted probability map',
        'Average the aligned probability maps, then take the argmax',
      ],
      explain:
        'Outputs must be mapped back to the original frame before averaging, or a flipped mask is averaged with an unflipped one; average probabilities, not hard labels.',
    },
  ],
  normalization: [
    {
      id: 'scaler-leak',
      kind: 'choice',
      prompt: 'Where must the input normalisation statistics (mean, std) come from?',
      options: [
        { text: 'The training set only, then fixed for validation, test and serving', correct: true },
        { text: 'The whole dataset before splitting', why: 'Fitting the scaler on validation and test data is leakage.' },
        {
          text: 'Each test batch at inference time',
          why: 'Test-time statistics vary with the batch and break train/serve consistency; BatchNorm uses running averages for this reason.',
        },
        { text: 'It does not matter, as long as they are close', why: 'Using held-out data to fit preprocessing is leakage however close the numbers are.' },
      ],
      explain: 'Input statistics: training set, fixed. BatchNorm: batch statistics in training, running averages at inference.',
    },
    {
      id: 'norm-axes',
      kind: 'choice',
      prompt: 'Which normalisation layer does not depend on the batch and suits detection with 1–2 images per GPU?',
      options: [
        { text: 'GroupNorm', correct: true },
        { text: 'BatchNorm', why: 'It averages over the batch, so one or two images per GPU give noisy statistics.' },
        { text: 'Min–max scaling', why: 'That is an input scaling, not a layer inside the network.' },
        { text: 'Whitening (ZCA)', why: 'An input transform that removes correlations; it is not a normalisation layer and rarely worth it for images.' },
      ],
      explain: 'GroupNorm normalises groups of channels within one sample, so it behaves the same in training and inference at any batch size.',
    },
    {
      id: 'trees',
      kind: 'choice',
      prompt: 'Which model does NOT need its input features normalised?',
      options: [
        { text: 'A gradient-boosted decision tree', correct: true },
        { text: 'k-nearest neighbours', why: 'Distances are dominated by the feature with the largest scale.' },
        { text: 'An SVM with an RBF kernel', why: 'The kernel is a distance, so it is scale-dependent.' },
        { text: 'A neural network trained with SGD', why: 'Badly scaled inputs make the loss ill-conditioned and slow gradient descent.' },
      ],
      explain: 'Tree splits are invariant to monotonic rescaling of a feature.',
    },
  ],
};
