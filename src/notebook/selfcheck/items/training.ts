import type { NotebookSelfCheck } from '../types';

export const items: NotebookSelfCheck = {
  overfitting: [
    {
      id: 'curves-diagnosis',
      kind: 'choice',
      prompt: 'Training error is low, validation error is much higher, and the gap grows as training goes on. What is it, and what do you try first?',
      options: [
        { text: 'Overfitting: more or augmented data, weight decay, dropout, early stopping, a pretrained backbone', correct: true },
        { text: 'Underfitting: a bigger model and longer training', why: 'Underfitting shows as high training error; here the training error is already low.' },
        {
          text: 'A bug in the loss: overfit a single batch',
          why: 'That check is for a training loss that will not fall; this model fits its training set well.',
        },
        {
          text: 'Distribution shift between validation and production',
          why: 'Shift shows when validation is fine but production is bad; here validation itself is bad.',
        },
      ],
      explain: 'High variance: the model fits the training set but does not generalise, and the gap grows with training.',
    },
    {
      id: 'one-batch',
      kind: 'choice',
      prompt: 'The training loss does not fall, even on one small batch. What is the most likely cause?',
      options: [
        { text: 'A bug or an optimisation failure (labels, loss, learning rate, normalisation)', correct: true },
        {
          text: 'Too little model capacity',
          why: 'A correct model can drive the loss to nearly zero on one small batch; failing that is a bug, not capacity.',
        },
        { text: 'Overfitting', why: 'Overfitting needs a low training loss, which is exactly what is missing.' },
        { text: 'Too much data', why: 'One batch is the smallest possible dataset; more data is not the problem.' },
      ],
      explain:
        'Overfitting a single batch is the sanity check: if even that fails, look for wrong labels, a loss on the wrong outputs or a missing normalisation.',
    },
    {
      id: 'val-loss-up-acc-up',
      kind: 'choice',
      prompt: 'Validation loss rises while validation accuracy still improves. Why?',
      options: [
        { text: 'The few remaining mistakes become confidently wrong, and cross-entropy punishes them heavily', correct: true },
        { text: 'The validation set is leaking into training', why: 'Leakage makes validation look too good on both measures, not diverge between them.' },
        { text: 'The learning rate is too low', why: 'A low learning rate slows both; it does not make them move in opposite directions.' },
        {
          text: 'Accuracy and loss always move together, so it must be a logging bug',
          why: 'Accuracy counts only the argmax; the loss also sees confidence, so they can diverge.',
        },
      ],
      explain:
        'The model is becoming miscalibrated, not necessarily worse at ranking: label smoothing, early stopping on the metric you care about, or temperature scaling help.',
    },
  ],
  'optimizers-regularization': [
    {
      id: 'adam-bias-correction',
      kind: 'numeric',
      prompt: 'Adam with β₁ = 0.9 starts from m₀ = 0. At t = 1, m₁ = 0.1·g₁. By what factor does bias correction scale m₁ to undo this?',
      answer: 10,
      tolerance: 0.01,
      unit: '×',
      explain:
        'm̂₁ = m₁ / (1 − β₁¹) = m₁ / 0.1 = g₁. Uncorrected, m₁ alone is 10× too small, but v₁ = 0.001·g₁² is biased down more (β₂ = 0.999), so the uncorrected step m₁/√v₁ ≈ 3.2·sign(g) would be too large, not too small.',
    },
    {
      id: 'momentum-steady-state',
      kind: 'numeric',
      prompt:
        'With momentum μ = 0.9 (no dampening, PyTorch’s default) and a constant gradient, how many times larger is the steady-state step than a plain SGD step at the same learning rate?',
      answer: 10,
      tolerance: 0.01,
      unit: '×',
      explain: 'b = μb + g converges to g/(1 − μ) = 10g (μ/(1 − μ) = 9 would count only the past gradients). With dampening τ it would be (1 − τ)/(1 − μ).',
    },
    {
      id: 'adamw-vs-l2',
      kind: 'choice',
      prompt: 'Why is adding λθ to the gradient in Adam (an L2 penalty) not the same as AdamW’s weight decay?',
      options: [
        { text: 'The penalty is divided by √v̂, so weights with a large gradient history are regularised less', correct: true },
        {
          text: 'L2 penalties are ignored by Adam’s bias correction',
          why: 'Bias correction rescales the moments; it does not drop the penalty. The penalty is rescaled per parameter by √v̂.',
        },
        { text: 'AdamW applies no decay to any weights', why: 'AdamW decays weights directly (θ ← θ − γλθ), decoupled from the gradient.' },
        {
          text: 'They are identical; AdamW is just a rename',
          why: 'They coincide only for plain SGD; with adaptive steps the coupling changes which weights shrink.',
        },
      ],
      explain: 'AdamW decouples the decay from the gradient, so every weight shrinks at the same rate; it is the default for Transformers.',
    },
    {
      id: 'inverted-dropout',
      kind: 'choice',
      prompt: 'In inverted dropout with drop probability p, what happens at test time?',
      options: [
        { text: 'Nothing: it is the identity, because kept activations were scaled by 1/(1 − p) during training', correct: true },
        { text: 'Activations are multiplied by (1 − p)', why: 'That is the original (non-inverted) form; inverted dropout moves the scaling into training.' },
        {
          text: 'A fresh random mask is drawn for every prediction',
          why: 'Only Monte Carlo dropout does that, on purpose, for uncertainty; standard inference is deterministic.',
        },
        { text: 'Activations are divided by p', why: 'The training-time scale is 1/(1 − p), and nothing is applied at test time.' },
      ],
      explain: 'h̃ = m ⊙ h / (1 − p) with m ~ Bernoulli(1 − p) in training keeps the expected activation unchanged, so test time needs no correction.',
    },
  ],
  'fine-tuning': [
    {
      id: 'ft-order',
      kind: 'order',
      prompt: 'Put the usual fine-tuning recipe in order.',
      steps: [
        'Choose a backbone whose pretraining data and modality are close to the target',
        'Replace the task head with a freshly initialised one',
        'Train the new head with the backbone frozen',
        'Unfreeze some or all of the backbone with a much smaller learning rate and warmup',
        'Select the checkpoint on a proper validation set',
      ],
      explain: 'Training the head first avoids sending a random head’s large, noisy gradients into the backbone (the idea behind LP-FT).',
    },
    {
      id: 'why-freeze-first',
      kind: 'choice',
      prompt: 'Why train the new head alone before unfreezing the backbone?',
      options: [
        { text: 'A random head sends large, noisy gradients that would distort the pretrained features', correct: true },
        {
          text: 'Frozen layers train faster, so the final accuracy is higher',
          why: 'Speed is a side effect; the reason is protecting the features from a random head’s gradients.',
        },
        { text: 'The backbone cannot be trained with AdamW', why: 'It can; the recipe fine-tunes it in stage 2, with a lower learning rate.' },
        {
          text: 'Batch norm statistics are only valid with a frozen head',
          why: 'Batch norm is a separate concern (freeze its statistics with small batches); it does not depend on the head.',
        },
      ],
      explain: 'Linear-probe-then-fine-tune (Kumar et al.) keeps the features intact while the head catches up.',
    },
    {
      id: 'lora-init',
      kind: 'choice',
      prompt: 'In LoRA, h = W₀x + (α/r)·BAx. Why is B initialised to zero?',
      options: [
        { text: 'So the adapted model starts exactly as the pretrained one', correct: true },
        { text: 'So that A receives no gradient', why: 'With B = 0, A’s gradient is zero only at the very first step; B’s is not, and both then train.' },
        { text: 'To make the update full-rank', why: 'The update BA has rank at most r whatever the initialisation.' },
        { text: 'Because W₀ is unfrozen and takes over', why: 'W₀ stays frozen in LoRA; only A and B train.' },
      ],
      explain: 'BA = 0 at the start, so training begins from the pretrained function; the low-rank update can be merged into W₀ afterwards.',
    },
  ],
};
