import * as tf from '@tensorflow/tfjs';
import { useTfBackend } from '../models/runtime/tfBackend';
import { DEFAULT_CLIP_FIT, fitClip } from '../models/clip/fit';
import { CAPTION_PREFIXES, CLIP_DATA } from '../models/clip/data';
import { DEFAULT_SHAPES_OPTIONS } from '../models/data/shapes';
import { LOGIT_SCALE_INIT, LOGIT_SCALE_MAX, parameterCount } from '../models/clip/model';
import { CLIP_IO, exportClip } from '../models/clip/export';
import { CLIP_VOCAB, PAD_ID, UNK_ID } from '../models/clip/vocab';
import { PROMPT_SETS } from '../models/clip/prompts';
import { num, type Args } from './args';
import { saveClipTfjs, writeClip } from './clipFiles';

/** `npm run train -- clip [--seed N] [--epochs E] [--train-size N] [--val-size N] [--backend wasm|cpu]` */
export async function trainClip(args: Args, command: string): Promise<void> {
  const log = (line: string) => console.log(`[clip] ${line}`);
  const choice = await useTfBackend(args.options.backend === 'cpu' ? 'cpu' : 'wasm');
  log(`tfjs ${tf.version.tfjs}, backend ${choice.backend}: ${choice.note}`);
  const seed = num(args, 'seed', 1);
  const opts = {
    ...DEFAULT_CLIP_FIT,
    seed,
    epochs: num(args, 'epochs', DEFAULT_CLIP_FIT.epochs),
    trainSize: num(args, 'train-size', DEFAULT_CLIP_FIT.trainSize),
    valSize: num(args, 'val-size', DEFAULT_CLIP_FIT.valSize),
    log,
  };
  const t0 = performance.now();
  const { model, validation, history } = fitClip(opts);
  const wallTimeSeconds = Math.round((performance.now() - t0) / 100) / 10;
  const files = exportClip(model);
  const tfjsWeights = await saveClipTfjs(model);
  const S = model.config.inputSize;
  const D = model.config.embedDim;
  const t = model.logitScale.dataSync()[0];
  const zs = opts.trainSize + opts.valSize;
  const card = writeClip(files, {
    name: 'clip',
    task: `contrastive image–text embeddings of ${S}×${S} shapes-world scenes (1–2 objects) and their English captions; zero-shot classification by prompts`,
    io: {
      image: { ...CLIP_IO.image, inputShape: ['batch', 3, S, S], outputShape: ['batch', D] },
      text: { ...CLIP_IO.text, inputShape: ['batch', 'length'], outputShape: ['batch', D] },
    },
    vocab: {
      words: CLIP_VOCAB,
      pad: PAD_ID,
      unk: UNK_ID,
      tokenizer: 'lowercase, split on non-letters, look up; unknown → <unk> (src/models/clip/tokenizer.ts)',
    },
    logitScale: {
      value: Math.exp(t),
      t,
      init: { t: LOGIT_SCALE_INIT, value: Math.exp(LOGIT_SCALE_INIT) },
      clip: { tMax: LOGIT_SCALE_MAX, valueMax: 100 },
      note: 'logits = exp(t) · image_embedding · text_embeddingᵀ; t clipped to [0, ln 100] after every step',
    },
    architecture: {
      ...model.config,
      seed,
      image: `3 × (conv3×3-relu ${model.config.filters.join('/')} + maxpool2) → flatten ${(S / 8) ** 2 * model.config.filters[2]} → dense ${model.config.hidden} relu → linear projection ${D} (no bias) → L2 normalise`,
      text: `word embedding ${model.config.vocabSize}×${model.config.wordDim} → mean over non-pad words → linear projection ${D} (no bias) → L2 normalise`,
      imageLayers: model.image.layers.map((l) => ({
        name: l.name,
        type: l.getClassName(),
        output: (l.outputShape as number[]).slice(1),
        params: l.countParams(),
      })),
    },
    parameters: parameterCount(model),
    data: {
      generator: 'shapes world (src/models/data/shapes.ts), captions by src/models/data/caption.ts',
      options: { ...DEFAULT_SHAPES_OPTIONS, ...CLIP_DATA }, // in full, so eval does not depend on future defaults
      seed,
      trainSize: opts.trainSize,
      validationSize: opts.valSize,
      zeroShotSize: opts.zeroShotSize,
      trainScenes: `[0, ${opts.trainSize})`,
      validationScenes: `[${opts.trainSize}, ${opts.trainSize + opts.valSize})`,
      zeroShotScenes: `[${zs}, ${zs + opts.zeroShotSize}) with singleObject: true`,
      captionNoise: { ...opts.captionNoise, prefixes: CAPTION_PREFIXES, note: 'training only; validation captions are the generator’s, verbatim' },
    },
    training: {
      epochs: opts.epochs,
      batchSize: opts.batchSize,
      steps: history.length * Math.floor(opts.trainSize / opts.batchSize),
      optimizer: `adam, learning rate ${opts.learningRate} with per-step cosine decay to 0`,
      loss: 'symmetric cross-entropy over rows and columns of exp(t)·I·Tᵀ, labels arange(n) (Radford et al. 2021, Fig. 3)',
      backend: choice.backend,
      backendNote: choice.note,
      tfjs: tf.version.tfjs,
      node: process.version,
      wallTimeSeconds, // data generation, training and validation; not the export
      history,
    },
    validation: {
      retrieval: {
        ...validation.retrieval,
        note: `top-1 within consecutive batches of ${validation.retrieval.batchSize} held-out pairs; *SameCaption also counts a retrieved caption (or image) whose caption text is identical to the right one, since a batch can hold two scenes with the same caption`,
      },
      zeroShot: Object.fromEntries(
        Object.entries(validation.zeroShot).map(([id, m]) => [id, { ...m, label: PROMPT_SETS[id as keyof typeof PROMPT_SETS].label }]),
      ),
    },
    tfjsWeights,
    command,
  });
  const r = validation.retrieval;
  log(
    `retrieval@${r.batchSize}: i→t ${r.imageToText.toFixed(4)}, t→i ${r.textToImage.toFixed(4)}; zero-shot ${Object.entries(validation.zeroShot)
      .map(([k, v]) => `${k} ${v.accuracy.toFixed(4)}`)
      .join(
        ', ',
      )}; exp(t) ${Math.exp(t).toFixed(2)}; ${JSON.stringify(card.parameters)} parameters; ${files.image.length} + ${files.text.length} bytes; ${wallTimeSeconds} s`,
  );
}
