import { describe, expect, it } from 'vitest';
import { B0_BLOCKS, efficientNetB0Graph } from '../../../src/models/efficientnet/b0Graph';
import { mbconvCost, separableCost, type MBConvShape } from '../../../src/models/efficientnet/mbconvCost';
import { convGraph, mbconvGraph } from '../../../src/models/efficientnet/mbconvGraph';
import { graphCost } from '../../../src/models/onnx/graphCost';
import { encodeModel, type OnnxGraph } from '../../../src/models/onnx/onnxModel';
import { readOnnx } from '../../../src/models/onnx/readOnnx';
import { nonEmpty } from '../../nonEmpty';

const count = (g: OnnxGraph) => graphCost(readOnnx(encodeModel(g)));

// Every combination the demo's controls reach at its corners, plus B0's own first blocks.
const CASES: MBConvShape[] = [
  { cin: 16, cout: 24, expansion: 6, kernel: 3, stride: 2, resolution: 112, se: true },
  { cin: 32, cout: 16, expansion: 1, kernel: 3, stride: 1, resolution: 112, se: true },
  { cin: 40, cout: 40, expansion: 6, kernel: 5, stride: 1, resolution: 28, se: true },
  { cin: 3, cout: 8, expansion: 4, kernel: 7, stride: 2, resolution: 15, se: true }, // odd side, SE width max(1, 0)
  { cin: 24, cout: 24, expansion: 3, kernel: 5, stride: 1, resolution: 9, se: false },
];

describe('MBConv closed-form counts', () => {
  it.each(nonEmpty(CASES))('match graphCost on the ONNX block, layer by layer: %o', (s) => {
    const closed = mbconvCost(s);
    const c = count(mbconvGraph(s));
    expect([c.unsupportedOps, c.unknownShapes]).toEqual([[], []]);
    expect({ params: closed.params, macs: closed.macs }).toEqual({ params: c.params, macs: c.macs });
    for (const l of closed.layers) {
      const nodes = c.nodes.filter((n) => n.name.startsWith(`${l.name}/`));
      expect({ layer: l.name, params: nodes.reduce((a, n) => a + n.params, 0), macs: nodes.reduce((a, n) => a + n.macs, 0) }).toEqual({
        layer: l.name,
        params: l.params,
        macs: l.macs,
      });
    }
    expect(c.outputs[0].shape).toEqual([1, ...closed.layers.at(-1)!.output]);
  });

  it('give block 2a of Keras’ EfficientNetB0 its 6,004 learnable parameters (1536 + 192 + 864 + 192 + 388 + 480 + 2304 + 48, summed by hand)', () => {
    expect(mbconvCost(CASES[0]).params).toBe(6004);
  });

  it('summed over B0’s 16 blocks plus stem, head and classifier give torchvision’s 5,288,548 parameters and graphCost’s B0 multiply-adds', () => {
    let [params, macs, r] = [0, 0, 112];
    for (const [repeats, k, s, e, cin, cout] of B0_BLOCKS) {
      for (let i = 0; i < repeats; i++) {
        const b = mbconvCost({ cin: i === 0 ? cin : cout, cout, expansion: e, kernel: k, stride: i === 0 ? s : 1, resolution: r, se: true });
        params += b.params;
        macs += b.macs;
        r = b.layers.at(-1)!.output[1];
      }
    }
    // Stem 3×3/2 3 → 32 at 112² out, head 1×1 320 → 1280 at 7², FC 1280 → 1000 (each with BN γ, β or a bias).
    params += 3 * 32 * 9 + 64 + 320 * 1280 + 2560 + 1280 * 1000 + 1000;
    macs += 112 * 112 * 32 * 27 + 7 * 7 * 320 * 1280 + 1280 * 1000;
    expect(params).toBe(5_288_548);
    expect(macs).toBe(count(efficientNetB0Graph()).macs);
  });
});

describe('depthwise-separable versus standard convolution', () => {
  const SEP: [number, number, number, number][] = [
    [32, 64, 3, 56],
    [96, 96, 5, 14],
    [3, 16, 7, 9],
  ];
  it.each(nonEmpty(SEP))('closed forms match graphCost on Conv graphs (cin %i, cout %i, k %i, side %i)', (cin, cout, k, r) => {
    const { standard, separable, ratio } = separableCost(cin, cout, k, r);
    const std = count(convGraph(cin, cout, k, r, 1, 1));
    const dw = count(convGraph(cin, cin, k, r, 1, cin));
    const pw = count(convGraph(cin, cout, 1, r, 1, 1));
    expect({ params: std.params, macs: std.macs }).toEqual(standard);
    expect({ params: dw.params + pw.params, macs: dw.macs + pw.macs }).toEqual(separable);
    // MobileNets' 1/N + 1/D_K²; float ratio of integers, so 1e-12 relative.
    expect(ratio).toBeCloseTo(1 / cout + 1 / (k * k), 12);
  });
});
