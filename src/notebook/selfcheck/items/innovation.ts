import type { NotebookSelfCheck } from '../types';

export const items: NotebookSelfCheck = {
  'staying-updated': [
    {
      id: 'method-order',
      kind: 'order',
      prompt: 'Put the four steps of a repeatable “staying current” method in order.',
      steps: [
        'Filter a few curated sources on a fixed schedule',
        'Read critically: baselines, compute and data before the headline number',
        'Reproduce or test promising ideas on your own data',
        'Share and apply what works',
      ],
      explain: 'The interviewer wants a process that turns papers into results, not a list of blogs.',
    },
    {
      id: 'weak-evidence',
      kind: 'choice',
      prompt: 'Which claim is the weakest evidence for adopting a method?',
      options: [
        { text: '+0.5 points on a saturated benchmark, from a single seed', correct: true },
        { text: 'It removes a labelling bottleneck on your own data', why: 'Removing a real bottleneck can matter more than a state-of-the-art number.' },
        {
          text: 'The released checkpoint beats your model on a held-out slice of your data at your metric',
          why: 'That is exactly the reproduction that should come before adopting.',
        },
        {
          text: 'A faster export path cuts your p99 latency',
          why: 'Tooling gains on your own hardware are direct evidence, and often bring more than a new architecture.',
        },
      ],
      explain: 'A tiny gain on a saturated benchmark from one seed is within noise.',
    },
    {
      id: 'negative-result',
      kind: 'choice',
      prompt: 'Which detail makes an answer to this question stronger?',
      options: [
        { text: 'A case where you decided, with data, not to adopt a hyped method', correct: true },
        { text: 'A long list of blogs and accounts you follow', why: 'Sources without a filtering process are a named pitfall.' },
        { text: 'Naming many papers you have heard about', why: 'The interviewer will probe any paper you mention; name-dropping backfires.' },
        { text: '“I follow Twitter”', why: 'As a whole answer it shows no method.' },
      ],
      explain: 'Rejecting a hyped method with evidence is a strong signal of judgement.',
    },
  ],
  'innovative-projects': [
    {
      id: 'framing',
      kind: 'choice',
      prompt: 'What makes a project “innovative” in the sense interviewers want?',
      options: [
        { text: 'A new approach to a real bottleneck, with a baseline, a metric and evidence', correct: true },
        { text: 'Using the newest model architecture', why: '“We used a transformer” describes a technology, not a problem or a gain.' },
        { text: 'A large team and budget', why: 'Scale is not novelty; the interviewer wants your role and the evidence.' },
        { text: 'Confidential details that show real access', why: 'Leaking confidential details is a pitfall; give the problem class and relative gains.' },
      ],
      explain: 'Frame one project as a hypothesis: problem, what is new, baseline and metric, risks and result.',
    },
    {
      id: 'kill-criterion',
      kind: 'choice',
      prompt: 'What should make you stop an experimental project?',
      options: [
        { text: 'Its kill criterion: no gain over a strong baseline after the planned iterations, or a cost that outweighs the gain', correct: true },
        { text: 'The first failed experiment', why: 'Dead ends are expected; the criterion is set in advance over the planned iterations.' },
        { text: 'Nothing, once stakeholders have bought in', why: 'A planned project needs milestones and kill criteria precisely so it can stop.' },
        { text: 'A newer paper appearing', why: 'That is a reason to compare, not to stop.' },
      ],
      explain: 'A time-boxed spike with a success metric and a kill criterion is also how you get buy-in.',
    },
    {
      id: 'validate',
      kind: 'choice',
      prompt: 'How do you validate that an inspection project works?',
      options: [
        { text: 'A held-out set from a different time or line, at the business operating point (e.g. recall at a fixed false-reject rate)', correct: true },
        { text: 'Accuracy on a random split of the training data', why: 'Results measured on the training distribution over-claim.' },
        { text: 'The training loss going down', why: 'That shows optimisation, not generalisation.' },
        { text: 'A demo on hand-picked images', why: 'A demo persuades; it does not measure the operating point.' },
      ],
      explain: 'Validate where it will be deployed: new time, new line, the real operating point.',
    },
  ],
  'nlp-vision-automation': [
    {
      id: 'off-critical-path',
      kind: 'choice',
      prompt: 'Where does language usually sit in a production inspection line?',
      options: [
        { text: 'Off the critical path: bootstrapping labels, configuring checks, search and explanation; a small validated model decides', correct: true },
        {
          text: 'A VLM makes every pass/fail decision',
          why: 'VLMs hallucinate, take hundreds of ms to seconds and are non-deterministic: use them for triage and reports.',
        },
        {
          text: 'An LLM reads OCR text and triggers actions directly',
          why: 'Text read from images is untrusted input (prompt injection); validate deterministically before any action.',
        },
        {
          text: 'CLIP zero-shot replaces the trained detector',
          why: 'Zero-shot accuracy on real defects is usually far below ImageNet figures; treat it as a prior or pre-labeller.',
        },
      ],
      explain: 'The millisecond decision stays with a small, validated model; text makes the system easier to specify and query.',
    },
    {
      id: 'prompt-ensemble-how',
      kind: 'choice',
      prompt: 'CLIP’s 80-prompt ensemble adds 3.5 points on ImageNet. How is it built, and what does it cost per image at inference?',
      options: [
        {
          text: 'Average each class’s normalised prompt embeddings into one re-normalised vector: one similarity per class, the cost of a single prompt',
          correct: true,
        },
        {
          text: 'Run all 80 prompts per image and average the 80 softmax outputs: 80× the cost',
          why: 'CLIP ensembles in embedding space, not probability space, so the averaged text embeddings are computed once and cached.',
        },
        {
          text: 'Pick, per image, the prompt with the highest similarity',
          why: 'A per-image maximum over prompts is not an average and is not what the paper does; it also makes scores depend on prompt count.',
        },
        {
          text: 'Fine-tune the text encoder on the 80 templates',
          why: 'Nothing is trained: the ensemble is zero-shot, built only from prompt embeddings.',
        },
      ],
      explain:
        'The text side is computed once per class (Radford et al. 2021 ensemble in embedding space), so the +3.5 points on top of the template’s +1.3 cost nothing per image.',
    },
    {
      id: 'ov-deploy',
      kind: 'choice',
      prompt: 'How is an open-vocabulary detector (OWL-ViT, Grounding DINO) usually deployed on a line with a tight latency budget?',
      options: [
        { text: 'Offline, to create labels that are distilled into a closed-set detector that meets the latency', correct: true },
        { text: 'On the line, for every frame', why: 'They are large and slow compared with a YOLO-class model and harder to validate.' },
        { text: 'Only for OCR', why: 'OCR uses text-region detection and recognition models; open-vocabulary detection finds objects from text queries.' },
        { text: 'Not at all: text queries cannot produce boxes', why: 'Producing boxes from text queries is exactly what they do.' },
      ],
      explain: 'Language bootstraps the labels; a small, validated detector runs on the line.',
    },
  ],
  'multi-model-systems': [
    {
      id: 'cascade-cost',
      kind: 'numeric',
      prompt: 'A cascade’s first stage costs 2 ms and escalates 10% of inputs to a 40 ms second stage. What is the average cost per input? (E[c] = c₁ + q·c₂)',
      answer: 6,
      tolerance: 0.05,
      // 2 + 0.1·40 = 6; ±0.05 rejects 5.8 (skipping stage 1 for escalated items) and 42.
      unit: 'ms',
      explain: '2 + 0.1 × 40 = 6 ms instead of 40; escalated items still take 42 ms, which must fit the budget too.',
    },
    {
      id: 'error-chain',
      kind: 'numeric',
      prompt:
        'A detector with recall 0.95 feeds a classifier that is 97% accurate on detected crops. Roughly what end-to-end correctness do you expect (independent errors)?',
      answer: 0.92,
      tolerance: 0.005,
      // 0.95 × 0.97 = 0.9215; ±0.005 rejects 0.95, 0.96 (the mean) and 0.97.
      explain: '0.95 × 0.97 ≈ 0.92: errors propagate and multiply along the chain.',
    },
    {
      id: 'ensemble-diversity',
      kind: 'choice',
      prompt: 'Averaging M models gives Var = ρσ² + (1 − ρ)σ²/M. What happens as the models’ error correlation ρ → 1?',
      options: [
        { text: 'The variance stays near σ²: more models add cost without benefit', correct: true },
        { text: 'The variance falls as 1/M', why: 'That is the ρ = 0 case; correlation keeps the ρσ² term however many models you add.' },
        { text: 'The variance grows with M', why: 'It never exceeds σ²; it just stops falling.' },
        { text: 'The ensemble becomes calibrated', why: 'Correlation says nothing about calibration, which needs e.g. temperature scaling.' },
      ],
      explain: 'The gain of an ensemble comes from diversity.',
    },
  ],
};
