import type { NotebookSelfCheck } from '../types';

export const items: NotebookSelfCheck = {
  architectures: [
    {
      id: 'unet-skips',
      kind: 'choice',
      prompt: 'How do U-Net’s skip connections join encoder features to the decoder?',
      options: [
        { text: 'They concatenate the (cropped) encoder maps onto the upsampled decoder maps', correct: true },
        {
          text: 'They add the encoder maps element-wise to the decoder maps',
          why: 'Addition is what FPN or LinkNet do; U-Net concatenates and lets the next convs learn how to combine.',
        },
        {
          text: 'They gate the encoder maps with attention weights computed from the decoder before joining them',
          why: 'That is Attention U-Net (Oktay et al. 2018), a later variant; the 2015 U-Net concatenates the cropped maps unchanged.',
        },
        {
          text: 'They feed the encoder’s bottleneck vector to every decoder level',
          why: 'The skips carry high-resolution maps from the matching scale, not the bottleneck.',
        },
      ],
      explain: 'Concatenation keeps the encoder’s high-resolution edge information intact; it is what distinguishes U-Net from a plain encoder–decoder.',
    },
    {
      id: 'vit-tokens',
      kind: 'numeric',
      prompt: 'How many tokens does ViT-B/16 process for a 224×224 image, [class] token included?',
      answer: 197,
      tolerance: 0.5,
      unit: 'tokens',
      explain: '(224/16)² = 196 patches, plus one [class] token.',
    },
    {
      id: 'yolov1-depth',
      kind: 'numeric',
      prompt: 'YOLOv1 on PASCAL VOC has S = 7, B = 2 boxes per cell and C = 20 classes. How many values does each grid cell predict?',
      answer: 30,
      tolerance: 0.5,
      unit: 'values',
      explain: 'Each box has (x, y, w, h, confidence), so 5B + C = 10 + 20 = 30; the output is 7×7×30.',
    },
    {
      id: 'nms-steps',
      kind: 'order',
      prompt: 'Put the steps of greedy NMS in order.',
      steps: [
        'Sort the boxes by score',
        'Keep the highest-scoring remaining box',
        'Discard every remaining box whose IoU with it exceeds the threshold',
        'Repeat until no boxes are left',
      ],
      explain: 'This is torchvision’s reference greedy NMS, usually run per class with a threshold around 0.45–0.5.',
    },
    {
      id: 'maskrcnn-mask-loss',
      kind: 'choice',
      prompt: 'What is Mask R-CNN’s mask loss for a positive RoI whose ground-truth class is k?',
      options: [
        { text: 'Average per-pixel binary cross-entropy (sigmoid) on the m×m mask of class k only (28×28 with the FPN head)', correct: true },
        {
          text: 'Per-pixel softmax cross-entropy across all K class masks',
          why: 'A per-pixel softmax makes the masks compete, so the mask head must also classify; He et al. (Table 2b) measure 24.8 vs 30.3 mask AP.',
        },
        { text: 'Dice loss on the mask of the predicted class', why: 'The loss is BCE, and it uses the ground-truth class, not the predicted one.' },
        { text: 'Binary cross-entropy summed over all K masks', why: 'Only the ground-truth class’s mask contributes; the other K−1 masks get no loss.' },
      ],
      explain: 'Decoupling lets the box head decide the class while the mask head only answers “which pixels belong to this object, given class k”.',
    },
  ],
  'choose-model': [
    {
      id: 'touching-cells',
      kind: 'choice',
      prompt: 'Touching cells in a microscope image must be counted and measured. Which output does the model need?',
      options: [
        { text: 'Instance segmentation (a mask per object)', correct: true },
        { text: 'Semantic segmentation (a class per pixel)', why: 'Touching cells of the same class merge into one region unless extra tricks separate them.' },
        { text: 'Image classification', why: 'One label per image cannot count or measure objects.' },
        { text: 'CLIP zero-shot classification', why: 'A global embedding for the whole image; CLIP is weak at counting.' },
      ],
      explain: 'Getting the output row wrong is the most expensive mistake: counting touching objects needs instances, not semantic masks.',
    },
    {
      id: 'decide-empirically',
      kind: 'order',
      prompt: 'Put the steps of choosing a model empirically in order.',
      steps: [
        'Build the evaluation first: a leakage-free held-out split and the metric that matches the goal',
        'Train two or three candidates from different families with the same data pipeline and tuning budget',
        'Do error analysis on small objects, boundaries, rare classes and confusions',
        'Plot accuracy against latency or cost and pick a point on the Pareto front',
      ],
      explain: 'The evaluation comes first so that every candidate is judged the same way; the final pick is a Pareto point, not the top-accuracy model.',
    },
    {
      id: 'flops-not-latency',
      kind: 'choice',
      prompt: 'EfficientNet-B0 has only 0.39B FLOPs, yet on a GPU it can be slower than a ResNet with more FLOPs. Why?',
      options: [
        { text: 'Depthwise convs and SE blocks do little arithmetic per byte moved, so they are memory-bound', correct: true },
        {
          text: 'FLOPs counts ignore the 1×1 convolutions',
          why: 'FLOP counts include 1×1 convs; the issue is how well the hardware is used, not what is counted.',
        },
        { text: 'EfficientNet-B0 has more parameters than ResNet-50', why: 'B0 has 5.3M parameters, about a fifth of ResNet-50’s 25.6M.' },
        { text: 'GPUs cannot run depthwise convolutions at all', why: 'They can; they just run them with low arithmetic intensity.' },
      ],
      explain: 'Latency is set by memory traffic, kernel efficiency and sequential depth, so measure on the target hardware instead of inferring from FLOPs.',
    },
  ],
  'trade-offs': [
    {
      id: 'attention-cost-384',
      kind: 'numeric',
      prompt:
        'A ViT with P = 16 goes from 224 px (197 tokens) to 384 px (577 tokens). Roughly how many times larger is the attention cost, which is quadratic in tokens?',
      answer: 8.6,
      tolerance: 0.3,
      // (577/197)² = 8.58; ±0.3 accepts (576/196)² = 8.64 and rounding, rejects 2.9 (no square).
      unit: '×',
      explain: '(577/197)² ≈ 8.6.',
    },
    {
      id: 'small-data-scratch',
      kind: 'choice',
      prompt: 'Training from scratch on a small labelled dataset, which usually wins, and why?',
      options: [
        { text: 'A CNN, because locality and translation equivariance are built in', correct: true },
        {
          text: 'A ViT, because global attention from layer 1 needs fewer examples',
          why: 'ViT has little inductive bias and must learn it from data; it needs ImageNet-21k/JFT scale or heavy augmentation to pass CNNs.',
        },
        {
          text: 'Neither: they are equal at any data size',
          why: 'They are close only at equal large-scale pretraining and recipes; from scratch on small data CNNs usually win.',
        },
        { text: 'The model with more parameters', why: 'Past the point where data is the limit, a bigger model overfits or just costs more.' },
      ],
      explain: 'Inductive bias vs data hunger: CNNs learn fast from little data, Transformers need more data but scale further.',
    },
    {
      id: 'b0-b7-flops',
      kind: 'numeric',
      prompt: 'EfficientNet B0 → B7 goes from 0.39B to 37B FLOPs. About how many times the compute is that (for +8.1 points of top-1)?',
      answer: 95,
      tolerance: 5,
      // 37/0.39 = 94.9; ±5 accepts rounding, rejects the parameter ratio 66/5.3 = 12.5.
      unit: '×',
      explain: '37 / 0.39 ≈ 95: scaling buys accuracy with diminishing returns.',
    },
  ],
};
