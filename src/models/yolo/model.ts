import * as tf from '@tensorflow/tfjs';

/**
 * yolo-tiny: a plain conv net in the spirit of YOLOv2-tiny (Redmon & Farhadi 2017), scaled down
 * for 64×64 shapes-world scenes. tfjs side: input NHWC [N, 64, 64, 3] in [0, 1], output the raw
 * head NHWC [N, 8, 8, A·(5+C)] (no activation: σ, exp and softmax belong to decoding and loss).
 *
 *   conv3×3 f0, leaky 0.1, 64×64  → max-pool 2 → 32×32
 *   conv3×3 f1, leaky             → max-pool 2 → 16×16
 *   conv3×3 f2, leaky             → max-pool 2 →  8×8   (stride 8: one cell per output pixel)
 *   conv3×3 f3, leaky ×2 at 8×8
 *   conv1×1 → A·(5+C) = 24
 * Batch-norm free (plain convs export to one Conv each and train fine at this depth). Filters
 * 8/16/32/64 (~63k parameters, ~250 kB of ONNX): a 32-image step costs ~0.6–0.9 s on one loaded
 * wasm thread, and twice the width cost twice that, which the 20-minute budget could not pay for.
 * Receptive field of a head pixel: 54 px, enough to see the largest (~30 px) box whole.
 * The objectness biases start at −log((1 − π)/π) with π = 0.01 (RetinaNet §3.3's prior, also
 * used by YOLOv5+): at the start ~all 192 slots are background, and a 0.5 prior would let their
 * loss swamp the few positives in the first steps.
 */
export interface YoloConfig {
  inputSize: number; // 64, divisible by 8
  filters: [number, number, number, number];
  anchorsPerCell: number;
  numClasses: number;
  seed: number; // seeds every initializer
}

export const DEFAULT_YOLO_CONFIG: YoloConfig = { inputSize: 64, filters: [8, 16, 32, 64], anchorsPerCell: 3, numClasses: 3, seed: 1 };
export const LEAKY_ALPHA = 0.1; // darknet's leaky slope
export const OBJECTNESS_PRIOR = 0.01;

export function buildYolo(config: Partial<YoloConfig> = {}): tf.Sequential {
  const { inputSize: S, filters, anchorsPerCell: A, numClasses: C, seed } = { ...DEFAULT_YOLO_CONFIG, ...config };
  if (S % 8 !== 0) throw new Error(`buildYolo: inputSize ${S} is not divisible by 8`);
  const m = tf.sequential({ name: 'yolo_tiny' });
  let k = 0;
  const conv = (f: number, size: number, name: string, first = false) =>
    m.add(
      tf.layers.conv2d({
        ...(first ? { inputShape: [S, S, 3] } : {}),
        filters: f,
        kernelSize: size,
        padding: 'same',
        kernelInitializer: tf.initializers.heNormal({ seed: seed * 1009 + k++ }),
        name,
      }),
    );
  const leaky = (name: string) => m.add(tf.layers.leakyReLU({ alpha: LEAKY_ALPHA, name }));
  const pool = (name: string) => m.add(tf.layers.maxPooling2d({ poolSize: 2, strides: 2, name }));
  for (let l = 0; l < 3; l++) {
    conv(filters[l], 3, `conv${l + 1}`, l === 0);
    leaky(`leaky${l + 1}`);
    pool(`pool${l + 1}`);
  }
  conv(filters[3], 3, 'conv4');
  leaky('leaky4');
  conv(filters[3], 3, 'conv5');
  leaky('leaky5');
  conv(A * (5 + C), 1, 'head');
  const head = m.getLayer('head');
  const [kernel, bias] = head.getWeights();
  const b = bias.dataSync().slice();
  for (let a = 0; a < A; a++) b[a * (5 + C) + 4] = -Math.log((1 - OBJECTNESS_PRIOR) / OBJECTNESS_PRIOR);
  const withPrior = tf.tensor1d(b);
  head.setWeights([kernel, withPrior]);
  withPrior.dispose();
  return m;
}
