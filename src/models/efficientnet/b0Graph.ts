import { normal, randomSeeded, type Random } from '../../kernels/random';
import { OnnxBuilder, window } from '../onnx/layerConverters';
import type { OnnxGraph } from '../onnx/onnxModel';

/**
 * EfficientNet-B0 (Tan & Le 2019, Table 1) as an ONNX graph from our writer, with seeded random
 * weights: the full-size network the parameter / FLOP counter is checked against (5.3M, 0.39B,
 * REFERENCE.md §6). Not trained, not shipped.
 *
 * Follows tensorflow/tpu efficientnet_builder.py / efficientnet_model.py (REFERENCE.md §24):
 * stem conv 3×3/2 → 32; seven stages of MBConv blocks (block args below: repeats, kernel,
 * stride, expansion, in, out); head conv 1×1 → 1280, global average pool, dropout (identity at
 * inference), fully connected → classes. An MBConv block is: 1×1 expansion to in·e channels
 * (left out when e = 1), depthwise k×k (group = channels, stride s), squeeze-and-excitation
 * (global pool, 1×1 conv to max(1, floor(0.25·in)) channels — the block's input channels, not the
 * expanded ones —, swish, 1×1 conv back, sigmoid, multiply), 1×1 projection to out with no
 * activation, and a skip Add when s = 1 and in = out. Every conv is followed by batch norm and
 * swish (x·sigmoid(x), spelled Sigmoid + Mul: ONNX has no Swish before opset 24), except the
 * projection (batch norm only) and the SE convs, which have biases instead. Pads are TensorFlow
 * 'same' (the extra pixel after), so 224 → 112 → 56 → 28 → 14 → 7.
 * With `foldBn` the batch norms are folded into their convs (a bias each, no BatchNormalization
 * nodes), as an exporter for inference would do.
 */
export interface B0Options {
  resolution?: number; // default 224
  classes?: number; // default 1000
  seed?: number; // default 0
  foldBn?: boolean; // default false
}

/** [repeats, kernel, stride, expansion, in, out] per stage: `r1_k3_s11_e1_i32_o16_se0.25` … */
export const B0_BLOCKS: readonly [number, number, number, number, number, number][] = [
  [1, 3, 1, 1, 32, 16],
  [2, 3, 2, 6, 16, 24],
  [2, 5, 2, 6, 24, 40],
  [3, 3, 2, 6, 40, 80],
  [3, 5, 1, 6, 80, 112],
  [4, 5, 2, 6, 112, 192],
  [1, 3, 1, 6, 192, 320],
];

export function efficientNetB0Graph(opts: B0Options = {}): OnnxGraph {
  const { resolution = 224, classes = 1000, seed = 0, foldBn = false } = opts;
  const rand = randomSeeded(seed);
  const b = new OnnxBuilder('efficientNetB0Graph');
  let size = resolution;

  const random = (n: number, scale: number, r: Random = rand) => Float32Array.from({ length: n }, () => normal(r) * scale);
  const conv = (x: string, cin: number, cout: number, k: number, s: number, name: string, o: { group?: number; bias?: boolean } = {}) => {
    const group = o.group ?? 1;
    const win = window(size, k, s, 1, 'same');
    size = win.out;
    const w = b.weight(`${name}/W`, random((cout * cin * k * k) / group, Math.sqrt(2 / ((cin / group) * k * k))), [cout, cin / group, k, k]);
    const inputs = [x, w, ...(o.bias ? [b.weight(`${name}/B`, random(cout, 0.01), [cout])] : [])];
    const [p0, p1] = win.pads;
    const attrs = { kernel_shape: { ints: [k, k] }, strides: { ints: [s, s] }, pads: { ints: [p0, p0, p1, p1] }, group: { int: group } };
    return b.node('Conv', inputs, name, attrs);
  };
  const bn = (x: string, c: number, name: string) => {
    if (foldBn) return x;
    const stats = [random(c, 0.1).map((v) => 1 + v), random(c, 0.1), random(c, 0.1), random(c, 0.1).map((v) => 1 + Math.abs(v))];
    const ins = stats.map((d, i) => b.weight(`${name}/${['scale', 'B', 'mean', 'var'][i]}`, d, [c]));
    return b.node('BatchNormalization', [x, ...ins], name, { epsilon: { float: 1e-3 } });
  };
  const swish = (x: string, name: string) => b.node('Mul', [x, b.node('Sigmoid', [x], `${name}/sigmoid`)], name);
  const convBn = (x: string, cin: number, cout: number, k: number, s: number, name: string, group = 1) =>
    bn(conv(x, cin, cout, k, s, `${name}/conv`, { group, bias: foldBn }), cout, `${name}/bn`);

  const mbconv = (x: string, cin: number, cout: number, k: number, s: number, e: number, name: string) => {
    const mid = cin * e;
    let h = e === 1 ? x : swish(convBn(x, cin, mid, 1, 1, `${name}/expand`), `${name}/expand/swish`);
    h = swish(convBn(h, mid, mid, k, s, `${name}/depthwise`, mid), `${name}/depthwise/swish`);
    const squeezed = Math.max(1, Math.floor(cin * 0.25));
    const at = size;
    const pooled = b.node('GlobalAveragePool', [h], `${name}/se/pool`);
    size = 1;
    const reduce = swish(conv(pooled, mid, squeezed, 1, 1, `${name}/se/reduce`, { bias: true }), `${name}/se/reduce/swish`);
    const gate = b.node('Sigmoid', [conv(reduce, squeezed, mid, 1, 1, `${name}/se/expand`, { bias: true })], `${name}/se/gate`);
    size = at;
    h = b.node('Mul', [h, gate], `${name}/se`);
    h = convBn(h, mid, cout, 1, 1, `${name}/project`);
    return s === 1 && cin === cout ? b.node('Add', [h, x], `${name}/add`) : h;
  };

  let x = swish(convBn('image', 3, 32, 3, 2, 'stem'), 'stem/swish');
  let block = 0;
  for (const [repeats, k, s, e, cin, cout] of B0_BLOCKS) {
    for (let r = 0; r < repeats; r++) x = mbconv(x, r === 0 ? cin : cout, cout, k, r === 0 ? s : 1, e, `blocks.${block++}`);
  }
  x = swish(convBn(x, 320, 1280, 1, 1, 'head'), 'head/swish');
  const pooled = b.node('Flatten', [b.node('GlobalAveragePool', [x], 'head/pool')], 'head/flatten', { axis: { int: 1 } });
  const fc = [b.weight('fc/W', random(1280 * classes, Math.sqrt(1 / 1280)), [1280, classes]), b.weight('fc/B', random(classes, 0.01), [classes])];
  b.node('Gemm', [pooled, ...fc], 'logits');
  return {
    name: 'efficientnet-b0',
    nodes: b.nodes,
    initializers: b.initializers,
    inputs: [{ name: 'image', type: 'float', shape: ['batch', 3, resolution, resolution] }],
    outputs: [{ name: 'logits', type: 'float', shape: ['batch', classes] }],
  };
}
