import { SHAPES } from '../data/geometry';
import { COLOURS } from '../data/palette';

/**
 * Zero-shot classifiers as sets of prompts (Radford et al. 2021, §3.1.4). A class's text
 * embedding is the encoder's output for its prompt or, for an ensemble, the mean of the
 * normalised embeddings of all its prompts, normalised again ("embedding-space ensembling").
 * The class embeddings are the weights of a linear classifier over normalised image embeddings.
 */
export interface PromptSet {
  id: string;
  label: string; // shown in the page
  classes: string[];
  prompts: string[][]; // per class, one or more prompts
}

const fill = (template: string, value: string) => template.replace('{}', value);

/** One template per class. */
export function singlePrompt(id: string, label: string, classes: readonly string[], template: string): PromptSet {
  return { id, label, classes: [...classes], prompts: classes.map((c) => [fill(template, c)]) };
}

/** Several templates per class, ensembled. */
export function ensemblePrompt(id: string, label: string, classes: readonly string[], templates: readonly string[]): PromptSet {
  return { id, label, classes: [...classes], prompts: classes.map((c) => templates.map((t) => fill(t, c))) };
}

const SHAPE_NAMES = [...SHAPES];
const COLOUR_NAMES = COLOURS.map((c) => c.name);

/**
 * The shape ensemble: the caption prefixes, the bare article, the size words, and every colour.
 * The generator's captions always name a colour (training drops it from some, partialCaption.ts); "a photo of a circle" never does. Averaging over the
 * colours asks "a circle of any colour", a nuisance attribute marginalised out in embedding space.
 */
export const SHAPE_TEMPLATES = [
  'a photo of a {}',
  'a picture of a {}',
  'an image of a {}',
  'a {}',
  'a photo of a small {}',
  'a photo of a large {}',
  ...COLOUR_NAMES.map((c) => `a photo of a ${c} {}`),
] as const;

/** Colour by prompt: "shape" is not a word the model knows (it reads as <unk>); the ensemble names each shape instead. */
export const COLOUR_TEMPLATES = SHAPE_NAMES.map((s) => `a photo of a {} ${s}`);

export const PROMPT_SETS = {
  label: singlePrompt('label', 'shape: “{shape}” (the bare class name)', SHAPE_NAMES, '{}'),
  photo: singlePrompt('photo', 'shape: “a photo of a {shape}”', SHAPE_NAMES, 'a photo of a {}'),
  ensemble: ensemblePrompt('ensemble', `shape: ensemble of ${SHAPE_TEMPLATES.length} templates`, SHAPE_NAMES, SHAPE_TEMPLATES),
  colour: singlePrompt('colour', 'colour: “a photo of a {colour} shape”', COLOUR_NAMES, 'a photo of a {} shape'),
  'colour-ensemble': ensemblePrompt('colour-ensemble', 'colour: ensemble over the three shapes', COLOUR_NAMES, COLOUR_TEMPLATES),
} as const satisfies Record<string, PromptSet>;

export type PromptSetId = keyof typeof PROMPT_SETS;

/** Which attribute a prompt set classifies. */
export const isColourSet = (id: string) => id.startsWith('colour');
