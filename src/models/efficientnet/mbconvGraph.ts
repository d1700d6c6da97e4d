import { OnnxBuilder, window } from '../onnx/layerConverters';
import type { OnnxGraph } from '../onnx/onnxModel';
import { seWidth, type MBConvShape } from './mbconvCost';

/**
 * One MBConv block as an ONNX graph from our writer, laid out like a block of efficientNetB0Graph
 * (b0Graph.ts): 1×1 expand + BN + swish (left out when e = 1), depthwise k×k + BN + swish, SE
 * (global pool, 1×1 conv to max(1, ⌊0.25·cin⌋) + swish, 1×1 conv back + sigmoid, multiply), 1×1
 * project + BN, skip Add when s = 1 and cin = cout. Input [1, cin, r, r]; TensorFlow 'same' pads.
 * Weights are zeros: the graph exists to be counted (graphCost), not run for its outputs. Node
 * names start with the layer they belong to (expand/, depthwise/, se/, project/), so a counter's
 * per-node rows can be summed per layer.
 */
export function mbconvGraph(s: MBConvShape): OnnxGraph {
  const b = new OnnxBuilder('mbconvGraph');
  const m = s.cin * s.expansion;
  let size = s.resolution;
  const conv = (x: string, cin: number, cout: number, k: number, st: number, name: string, group = 1, bias = false) => {
    const win = window(size, k, st, 1, 'same');
    size = win.out;
    const [p0, p1] = win.pads;
    const w = b.weight(`${name}/W`, new Float32Array((cout * cin * k * k) / group), [cout, cin / group, k, k]);
    const ins = [x, w, ...(bias ? [b.weight(`${name}/B`, new Float32Array(cout), [cout])] : [])];
    return b.node('Conv', ins, name, { kernel_shape: { ints: [k, k] }, strides: { ints: [st, st] }, pads: { ints: [p0, p0, p1, p1] }, group: { int: group } });
  };
  const bn = (x: string, c: number, name: string) => {
    const stats = ['scale', 'B', 'mean', 'var'].map((n) => b.weight(`${name}/${n}`, new Float32Array(c).fill(n === 'var' || n === 'scale' ? 1 : 0), [c]));
    return b.node('BatchNormalization', [x, ...stats], name, { epsilon: { float: 1e-3 } });
  };
  const swish = (x: string, name: string) => b.node('Mul', [x, b.node('Sigmoid', [x], `${name}/sigmoid`)], name);

  let h = 'x';
  if (s.expansion !== 1) h = swish(bn(conv(h, s.cin, m, 1, 1, 'expand/conv'), m, 'expand/bn'), 'expand/swish');
  h = swish(bn(conv(h, m, m, s.kernel, s.stride, 'depthwise/conv', m), m, 'depthwise/bn'), 'depthwise/swish');
  if (s.se) {
    const q = seWidth(s.cin);
    const at = size;
    const pooled = b.node('GlobalAveragePool', [h], 'se/pool');
    size = 1;
    const reduce = swish(conv(pooled, m, q, 1, 1, 'se/reduce', 1, true), 'se/reduce/swish');
    const gate = b.node('Sigmoid', [conv(reduce, q, m, 1, 1, 'se/expand', 1, true)], 'se/gate');
    size = at;
    h = b.node('Mul', [h, gate], 'se/scale');
  }
  h = bn(conv(h, m, s.cout, 1, 1, 'project/conv'), s.cout, 'project/bn');
  if (s.stride === 1 && s.cin === s.cout) h = b.node('Add', [h, 'x'], 'skip/add');
  return {
    name: 'mbconv',
    nodes: b.nodes,
    initializers: b.initializers,
    inputs: [{ name: 'x', type: 'float', shape: [1, s.cin, s.resolution, s.resolution] }],
    outputs: [{ name: h, type: 'float', shape: [1, s.cout, size, size] }],
  };
}

/** A single k×k convolution (groups = 1: standard; groups = cin = cout: depthwise), to count. */
export function convGraph(cin: number, cout: number, k: number, r: number, stride: number, groups: number): OnnxGraph {
  const b = new OnnxBuilder('convGraph');
  const win = window(r, k, stride, 1, 'same');
  const [p0, p1] = win.pads;
  const w = b.weight('W', new Float32Array((cout * cin * k * k) / groups), [cout, cin / groups, k, k]);
  const attrs = { kernel_shape: { ints: [k, k] }, strides: { ints: [stride, stride] }, pads: { ints: [p0, p0, p1, p1] }, group: { int: groups } };
  b.node('Conv', ['x', w], 'y', attrs);
  return {
    name: 'conv',
    nodes: b.nodes,
    initializers: b.initializers,
    inputs: [{ name: 'x', type: 'float', shape: [1, cin, r, r] }],
    outputs: [{ name: 'y', type: 'float', shape: [1, cout, win.out, win.out] }],
  };
}
