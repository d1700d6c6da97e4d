import { describe, expect, it } from 'vitest';
import { B0_BLOCKS, efficientNetB0Graph } from '../../../src/models/efficientnet/b0Graph';
import { graphCost } from '../../../src/models/onnx/graphCost';
import { encodeModel } from '../../../src/models/onnx/onnxModel';
import { readOnnx } from '../../../src/models/onnx/readOnnx';
import { runOnce } from '../../../src/models/runtime/ort';
import { randomSeeded, uniform } from '../../../src/kernels/random';

// Published totals (Tan & Le 2019, REFERENCE.md §6): 5.3M parameters, 0.39B FLOPs, the paper's
// FLOPs being multiply-adds. torchvision's efficientnet_b0 page (pytorch.org/vision/stable/models/
// generated/torchvision.models.efficientnet_b0.html) gives num_params 5288548 and GFLOPS 0.39; its
// parameters are the learnable ones (conv and FC weights and biases, BN γ and β), without the BN
// running statistics, which is what graphCost's `params` counts.
const PAPER_PARAMS = 5.29e6; // 5.3M, to the precision the brief asks for
const PAPER_MACS = 0.39e9;
const TORCHVISION_PARAMS = 5_288_548;

describe('EfficientNet-B0 (224², 1000 classes) built by our writer and counted by graphCost', () => {
  const bytes = encodeModel(efficientNetB0Graph({ seed: 1 }));
  const model = readOnnx(bytes);
  const c = graphCost(model);

  it('is 16 MBConv blocks in 7 stages, as Table 1 lists', () => {
    expect(B0_BLOCKS.reduce((n, b) => n + b[0], 0)).toBe(16);
    expect(model.graph.nodes.filter((n) => n.name.endsWith('/se')).length).toBe(16);
  });

  it('sizes squeeze-and-excitation by the block input: block 1 squeezes 16·6 = 96 channels to 0.25·16 = 4', () => {
    expect(model.graph.initializers.find((t) => t.name === 'blocks.1/se/reduce/W')?.dims).toEqual([4, 96, 1, 1]);
  });

  it(`has ${TORCHVISION_PARAMS} learnable parameters: torchvision’s count exactly, within 1% of the paper’s 5.3M`, () => {
    expect(c.params).toBe(TORCHVISION_PARAMS);
    expect(Math.abs(c.params / PAPER_PARAMS - 1)).toBeLessThan(0.01);
  });

  it('has within 5% of the paper’s 0.39B multiply-adds (convs incl. depthwise and SE, plus the FC)', () => {
    expect(Math.abs(c.macs / PAPER_MACS - 1)).toBeLessThan(0.05);
    const byOp = (op: string) => c.nodes.filter((n) => n.op === op).reduce((s, n) => s + n.macs, 0);
    expect(byOp('Gemm')).toBe(1280 * 1000);
    expect(byOp('Conv') + byOp('Gemm')).toBe(c.macs);
  });

  it('needs no op it does not know and infers every shape', () => {
    expect([c.unsupportedOps, c.unknownShapes]).toEqual([[], []]);
  });

  it('folding batch norm into the convs trades each γ, β pair for one bias and leaves the MACs alone', () => {
    const folded = graphCost(readOnnx(encodeModel(efficientNetB0Graph({ seed: 1, foldBn: true }))));
    expect(folded.params).toBe(c.params - c.bnStatistics / 2);
    expect([folded.macs, folded.bnStatistics]).toEqual([c.macs, 0]);
  });

  it('runs in onnxruntime-web and gives logits of the shape graphCost inferred, [1, 1000]', async () => {
    const rand = randomSeeded(2);
    const image = { data: Float32Array.from({ length: 3 * 224 * 224 }, () => uniform(rand, 0, 1)), shape: [1, 3, 224, 224] };
    const { logits } = await runOnce(bytes, { image });
    expect(logits.shape).toEqual(c.outputs[0].shape);
    expect(logits.shape).toEqual([1, 1000]);
    expect(logits.data.every(Number.isFinite)).toBe(true);
  });
});
