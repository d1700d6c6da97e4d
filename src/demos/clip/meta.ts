import type { DemoMeta } from '../types';
import { defineParams } from '../params';

/**
 * The batch is scenes [0, n) of shapes-world stream `seed`; the zero-shot row is n single-object
 * scenes of the same stream from index ZERO_SHOT_START. The shipped model trained and validated
 * on stream 1 (its card), so the default stream is held-out data.
 */
export const DEFAULT_STREAM = 2025;
export const ZERO_SHOT_START = 10000;
/** Prompt sets of src/models/clip/prompts.ts, plus your own prompts. */
export const PROMPT_CHOICES = ['photo', 'label', 'ensemble', 'colour', 'colour-ensemble', 'custom'] as const;
/** Your own prompts: at most this many lines are classes (more are listed as left out, never cut silently). */
export const MAX_PROMPTS = 6;
const DEFAULT_CUSTOM = 'a photo of a red shape\na photo of a blue shape\na photo of a dog\na large yellow triangle';

export const clipParams = defineParams({
  seed: { type: 'int', default: DEFAULT_STREAM, min: 0, max: 99999, label: 'Scene stream (seed)' },
  n: { type: 'int', default: 8, min: 2, max: 12, label: 'Batch size n', unit: 'pairs' },
  row: { type: 'int', default: 0, min: 0, max: 11, label: 'Selected pair (row of the matrix)' },
  axis: { type: 'enum', default: 'rows', options: { rows: 'rows (image → text)', cols: 'columns (text → image)' }, label: 'Softmax over' },
  learned: { type: 'bool', default: true, label: 'Learned logit scale' },
  scale: { type: 'number', default: 14.29, min: 1, max: 100, step: 0.01, scale: 'log', label: 'Logit scale exp(t)' },
  prompts: { type: 'enum', default: 'photo', options: PROMPT_CHOICES, label: 'Prompts' },
  custom: { type: 'text', default: DEFAULT_CUSTOM, maxLength: 600, label: `Your prompts, one class per line (2–${MAX_PROMPTS} lines)` },
  caption: { type: 'text', default: 'a red circle above a blue square', maxLength: 300, label: 'Caption to test' },
  layer: { type: 'int', default: 1, min: 0, max: 1, label: 'Attention block' },
  head: { type: 'int', default: 0, min: 0, max: 3, label: 'Attention head' },
});

export const clipMeta: DemoMeta<typeof clipParams> = {
  id: 'clip',
  title: 'CLIP: one space for images and captions',
  claim: 'CLIP puts images and captions in one space: matching pairs end up close, and a prompt becomes a classifier.',
  questions: ['model-architecture/clip'],
  params: clipParams,
  limits: (v) => ({ row: { max: v.n - 1, why: `the batch has ${v.n} pairs, numbered from 0` } }),
  steps: () => [
    {
      say: 'Eight held-out scenes and their captions. The image encoder (a small CNN) and the text encoder (a two-block transformer) each end in a linear projection to 32 numbers, scaled to unit length.',
      patch: { n: 8, row: 0, axis: 'rows', learned: true, prompts: 'photo' },
    },
    {
      say: 'Row i of the matrix is image i against every caption: exp(t) times the cosine. The diagonal holds the matching pairs, and it is the largest entry of most rows.',
      patch: { row: 0 },
    },
    {
      say: 'Softmax over row 0 asks “which caption is image 0’s?”. Its loss term is −log p₀₀, near 0 when the diagonal wins by a margin.',
      patch: { axis: 'rows', row: 0 },
    },
    { say: 'Softmax over columns asks the opposite: “which image is caption j’s?”. CLIP’s loss averages the two directions.', patch: { axis: 'cols' } },
    {
      say: 'Temperature: with exp(t) = 1 the logits only span −1 to 1, so every row is nearly flat and the loss climbs towards ln n; the ranking, and so the retrieval, has not changed.',
      patch: { learned: false, scale: 1 },
    },
    {
      say: 'exp(t) = 100, the cap from the paper: near one-hot rows; a confident mistake now costs a lot. Training chose its own value between these.',
      patch: { learned: false, scale: 100 },
    },
    {
      say: 'Zero-shot: “a photo of a circle / square / triangle” become three text embeddings, the weights of a 3-way classifier no one trained for this task.',
      patch: { learned: true, prompts: 'photo' },
      show: 'zero-shot',
    },
    {
      say: 'An ensemble of templates, averaged in embedding space (CLIP §3.1.4). Here it also averages over colour, which most training captions name and the bare prompt does not.',
      patch: { prompts: 'ensemble' },
      show: 'zero-shot',
    },
    {
      say: 'Colour by prompt: “shape” is not a word this model has read, so it becomes <unk>; naming each shape instead gives the ensemble.',
      patch: { prompts: 'colour' },
      show: 'zero-shot',
    },
    {
      say: 'The swap test: “a red circle above a blue square” and “a blue square above a red circle” have the same words. A bag of words gives them one embedding; this transformer reads the order, and each image is scored against both.',
      patch: { caption: 'a red circle above a blue square', layer: 1, head: 0 },
      show: 'swap',
    },
    {
      say: 'Inside the text encoder: row CLS of the attention grid is what the embedding is pooled from. Step through the heads to see which words each one reads.',
      patch: { head: 1 },
      show: 'swap',
    },
  ],
};
