import * as tf from '@tensorflow/tfjs';

/**
 * A tiny U-Net for 4-class semantic segmentation of shapes-world images (0 background,
 * 1 circle, 2 square, 3 triangle: the classMask convention of src/models/data/shapes.ts).
 *
 * tfjs side: input NHWC [N, S, S, 3] in [0, 1], output logits [N, S, S, 4] (no softmax: the
 * loss is softmax cross-entropy on logits). The ONNX export takes NCHW and adds `probs`.
 *
 *   enc1  conv3×3-relu ×2, f0 ch, S×S     ─────────────── skip 1 (concat) ───────────────┐
 *   enc2  max-pool 2×2, conv ×2, f1, S/2   ────────── skip 2 (concat) ──────────┐           │
 *   enc3  max-pool 2×2, conv ×2, f2, S/4   ───── skip 3 (concat) ─────┐         │           │
 *   mid   max-pool 2×2, conv ×2, f3, S/8 (bottleneck)                 │         │           │
 *   dec3  nearest ×2 + conv3×3 (f2) → S/4, concat enc3 ───────────────┘, conv ×2 │           │
 *   dec2  nearest ×2 + conv3×3 (f1) → S/2, concat enc2 ─────────────────────────┘, conv ×2  │
 *   dec1  nearest ×2 + conv3×3 (f0) → S,   concat enc1 ─────────────────────────────────────┘, conv ×2
 *   logits 1×1 conv → 4
 * (shown for the default three levels; `filters` has one entry per level plus the bottleneck).
 *
 * Upsampling is resize-convolution (nearest-neighbour ×2, then a 3×3 conv), as Odena et al.
 * (Distill 2016) recommend over transposed convolution. A 3×3 stride-2 Conv2DTranspose overlaps
 * unevenly (3 is not divisible by 2): in 1-D, even outputs get taps w0 + w2 and odd ones w1, so
 * even a constant input comes out as a checkerboard unless training balances the weights.
 * Nearest ×2 then conv maps a constant to a constant (away from the border), whatever the weights.
 * It is also what trains fast here: tfjs-backend-wasm has a real ResizeNearestNeighborGrad,
 * while a strided transposed conv's forward pass is its slow scalar Conv2DBackpropInput.
 *
 * Padded ('same') convs, unlike the paper's valid ones: output size = input size, no cropping
 * before the concatenation. Filters 8/16/32/64 (~134k parameters, ~530 kB of ONNX): four classes
 * of flat-coloured shapes need few channels, and on one wasm thread a training image costs ~12 ms.
 * Three levels rather than two: a two-level 8/16/32 version trained the same way scored 0.957
 * mean IoU, but without its skips still 0.944, presumably because an 8×8 bottleneck keeps the
 * geometry (a run not shipped). At 4×4 the decoder depends on the skips: models/unet/card.json
 * and models/unet-noskip/card.json.
 * `skips: false` builds the same network with the concatenations removed (a plain
 * encoder–decoder), the ablation the demo compares against.
 */
export interface UNetConfig {
  inputSize: number; // S, divisible by 2^(filters.length − 1)
  filters: number[]; // f0 at full resolution, f1 at S/2, …, the last one at the bottleneck
  classes: number;
  skips: boolean;
  seed: number; // seeds every initializer: same seed, same initial weights
}

export const DEFAULT_UNET_CONFIG: UNetConfig = { inputSize: 32, filters: [8, 16, 32, 64], classes: 4, skips: true, seed: 1 };

export function buildUNet(config: Partial<UNetConfig> = {}): tf.LayersModel {
  const { inputSize: S, filters, classes, skips, seed } = { ...DEFAULT_UNET_CONFIG, ...config };
  const levels = filters.length - 1;
  if (levels < 1 || S % 2 ** levels !== 0) throw new Error(`buildUNet: inputSize ${S} is not divisible by 2^${levels}`);
  let k = 0;
  const conv = (x: tf.SymbolicTensor, f: number, name: string, size = 3, activation: 'relu' | 'linear' = 'relu') =>
    tf.layers
      .conv2d({
        filters: f,
        kernelSize: size,
        padding: 'same',
        activation,
        kernelInitializer: tf.initializers.heNormal({ seed: seed * 1009 + k++ }),
        name,
      })
      .apply(x) as tf.SymbolicTensor;
  const block = (x: tf.SymbolicTensor, f: number, name: string) => conv(conv(x, f, `${name}_a`), f, `${name}_b`);
  const pool = (x: tf.SymbolicTensor, name: string) => tf.layers.maxPooling2d({ poolSize: 2, strides: 2, name }).apply(x) as tf.SymbolicTensor;
  const up = (x: tf.SymbolicTensor, f: number, name: string) =>
    conv(tf.layers.upSampling2d({ size: [2, 2], interpolation: 'nearest', name: `${name}_resize` }).apply(x) as tf.SymbolicTensor, f, `${name}_conv`);

  const input = tf.input({ shape: [S, S, 3], name: 'image' });
  const encoder: tf.SymbolicTensor[] = [];
  let x = input;
  for (let l = 0; l < levels; l++) {
    x = block(l === 0 ? x : pool(x, `pool${l}`), filters[l], `enc${l + 1}`);
    encoder.push(x);
  }
  x = block(pool(x, `pool${levels}`), filters[levels], 'mid');
  for (let l = levels - 1; l >= 0; l--) {
    x = up(x, filters[l], `up${l + 1}`);
    if (skips) x = tf.layers.concatenate({ axis: -1, name: `skip${l + 1}` }).apply([x, encoder[l]]) as tf.SymbolicTensor;
    x = block(x, filters[l], `dec${l + 1}`);
  }
  const logits = conv(x, classes, 'logits', 1, 'linear');
  return tf.model({ inputs: input, outputs: logits, name: skips ? 'unet' : 'unet_noskip' });
}
