/**
 * Closed-form parameter and multiply–add counts of one MBConv block (EfficientNet, MobileNetV2),
 * the formulas the demo fills in and the test checks against graphCost on the block's ONNX graph
 * (mbconvGraph.ts). Same conventions as graphCost: macs count the convolutions only (N = 1);
 * params count weights, biases and batch-norm scale and shift (not its running statistics).
 * With r the input side, r' = ceil(r / s) the output side ('same' padding), m = cin·e:
 *   expand    1×1 cin → m      params cin·m + 2m      macs r²·cin·m        (absent when e = 1)
 *   depthwise k×k, m groups    params m·k² + 2m       macs r'²·m·k²
 *   SE        m → q → m, q = max(1, ⌊0.25·cin⌋) (the block's input channels, REFERENCE §24)
 *                              params m·q + q + q·m + m   macs 2·m·q (on the pooled 1×1 map)
 *   project   1×1 m → cout     params m·cout + 2cout  macs r'²·m·cout
 *   skip      when s = 1 and cin = cout (an Add: no params, no macs)
 */
export interface MBConvShape {
  cin: number;
  cout: number;
  expansion: number;
  kernel: number;
  stride: number;
  resolution: number; // input side r (square)
  se: boolean;
}

export interface LayerCost {
  name: 'expand' | 'depthwise' | 'se' | 'project';
  input: [number, number, number]; // [C, H, W]
  output: [number, number, number];
  params: number;
  macs: number;
}

export interface MBConvCost {
  layers: LayerCost[];
  params: number;
  macs: number;
  skip: boolean;
  squeezed: number;
}

export const seWidth = (cin: number) => Math.max(1, Math.floor(0.25 * cin));

export function mbconvCost(b: MBConvShape): MBConvCost {
  const { cin, cout, expansion: e, kernel: k, stride: s, resolution: r, se } = b;
  const m = cin * e;
  const ro = Math.ceil(r / s);
  const q = seWidth(cin);
  const layers: LayerCost[] = [];
  if (e !== 1) layers.push({ name: 'expand', input: [cin, r, r], output: [m, r, r], params: cin * m + 2 * m, macs: r * r * cin * m });
  layers.push({ name: 'depthwise', input: [m, r, r], output: [m, ro, ro], params: m * k * k + 2 * m, macs: ro * ro * m * k * k });
  if (se) layers.push({ name: 'se', input: [m, ro, ro], output: [m, ro, ro], params: 2 * m * q + q + m, macs: 2 * m * q });
  layers.push({ name: 'project', input: [m, ro, ro], output: [cout, ro, ro], params: m * cout + 2 * cout, macs: ro * ro * m * cout });
  return {
    layers,
    params: layers.reduce((a, l) => a + l.params, 0),
    macs: layers.reduce((a, l) => a + l.macs, 0),
    skip: s === 1 && cin === cout,
    squeezed: q,
  };
}

/**
 * A standard k×k convolution cin → cout versus its depthwise-separable factorisation (depthwise
 * k×k then pointwise 1×1), both at output side ro, weights only (no bias):
 *   standard  params k²·cin·cout        macs ro²·k²·cin·cout
 *   separable params k²·cin + cin·cout  macs ro²·(k²·cin + cin·cout)
 * ratio separable / standard = 1/cout + 1/k² (MobileNets, Howard et al. 2017, §3.1).
 */
export function separableCost(cin: number, cout: number, k: number, ro: number) {
  const standard = { params: k * k * cin * cout, macs: ro * ro * k * k * cin * cout };
  const separable = { params: k * k * cin + cin * cout, macs: ro * ro * (k * k * cin + cin * cout) };
  return { standard, separable, ratio: separable.macs / standard.macs };
}
