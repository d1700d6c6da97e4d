import * as tf from '@tensorflow/tfjs';
import { useTfBackend } from '../models/runtime/tfBackend';
import { DEFAULT_UNET_FIT, fitUNet } from '../models/unet/fit';
import { UNET_DATA } from '../models/unet/data';
import { DEFAULT_SHAPES_OPTIONS } from '../models/data/shapes';
import { DEFAULT_UNET_CONFIG } from '../models/unet/model';
import { UNET_IO, exportUNet } from '../models/unet/export';
import { num, type Args } from './args';
import { writeModel } from './modelFiles';
import { saveTfjsModel } from './tfjsFiles';

/**
 * `npm run train -- unet [--seed N] [--epochs E] [--train-size N] [--val-size N] [--backend wasm|cpu]`
 * writes models/unet/; `unet-noskip` trains the same network without its skip connections
 * (the demo's ablation) into models/unet-noskip/.
 */
export function unetTrainer(name: 'unet' | 'unet-noskip') {
  return async (args: Args, command: string): Promise<void> => {
    const skips = name === 'unet';
    const log = (line: string) => console.log(`[${name}] ${line}`);
    const choice = await useTfBackend(args.options.backend === 'cpu' ? 'cpu' : 'wasm');
    log(`tfjs ${tf.version.tfjs}, backend ${choice.backend}: ${choice.note}`);
    const seed = num(args, 'seed', 1);
    const opts = {
      ...DEFAULT_UNET_FIT,
      seed,
      epochs: num(args, 'epochs', DEFAULT_UNET_FIT.epochs),
      trainSize: num(args, 'train-size', DEFAULT_UNET_FIT.trainSize),
      valSize: num(args, 'val-size', DEFAULT_UNET_FIT.valSize),
      model: { skips },
      log,
    };
    const t0 = performance.now();
    const { model, validation, history } = fitUNet(opts);
    const wallTimeSeconds = Math.round((performance.now() - t0) / 100) / 10;
    const bytes = exportUNet(model, name.replace('-', '_'));
    const tfjsFiles = await saveTfjsModel(name, model);
    const S = UNET_DATA.width!;
    const card = writeModel(name, bytes, {
      name,
      task: `semantic segmentation of ${S}×${S} RGB shapes-world scenes (1–3 objects): background, circle, square or triangle per pixel`,
      io: { ...UNET_IO, inputShape: ['batch', 3, S, S], outputShape: ['batch', UNET_IO.labels.length, S, S] },
      architecture: {
        ...DEFAULT_UNET_CONFIG,
        ...opts.model,
        seed,
        upsampling: 'nearest ×2 then conv3×3 (resize-convolution)',
        // Every layer with its output shape [H, W, C] and parameter count (the demo's schematic reads these).
        layers: model.layers.map((l) => {
          const c = l.getConfig() as { kernelSize?: number[]; poolSize?: number[]; size?: number[]; strides?: number[] };
          const window = c.kernelSize ?? c.poolSize;
          return {
            name: l.name,
            type: l.getClassName(),
            output: (l.outputShape as number[]).slice(1),
            params: l.countParams(),
            ...(window ? { window, strides: c.strides } : {}),
            ...(c.size ? { scale: c.size } : {}),
          };
        }),
      },
      parameters: model.countParams(),
      data: {
        generator: 'shapes world (src/models/data/shapes.ts)',
        options: { ...DEFAULT_SHAPES_OPTIONS, ...UNET_DATA }, // in full, so eval does not depend on future defaults
        seed,
        trainSize: opts.trainSize,
        validationSize: opts.valSize,
        trainScenes: `[0, ${opts.trainSize})`,
        validationScenes: `[${opts.trainSize}, ${opts.trainSize + opts.valSize})`,
      },
      training: {
        epochs: opts.epochs,
        batchSize: opts.batchSize,
        optimizer: `adam, learning rate ${opts.learningRate}, halved after epoch ${Math.floor((2 * opts.epochs) / 3)}`,
        loss: `per-pixel softmax cross-entropy on logits, class weights ${JSON.stringify(opts.classWeights)} (background, circle, square, triangle)`,
        backend: choice.backend,
        backendNote: choice.note,
        tfjs: tf.version.tfjs,
        node: process.version,
        wallTimeSeconds,
        history,
      },
      // IoU per class over all validation pixels; meanIoU over the three shape classes.
      validation: { ...validation, classes: UNET_IO.labels },
      tfjsWeights: tfjsFiles,
      command,
    });
    log(
      `validation mean IoU ${validation.meanIoU.toFixed(4)} (${validation.iou.map((v) => v.toFixed(3)).join(', ')}), pixel accuracy ${validation.pixelAccuracy.toFixed(4)}, ${card.parameters} parameters, ${bytes.length} bytes, ${wallTimeSeconds} s`,
    );
    model.dispose();
  };
}
