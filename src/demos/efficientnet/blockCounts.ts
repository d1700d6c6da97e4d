import { mbconvCost, type LayerCost, type MBConvCost, type MBConvShape } from '../../models/efficientnet/mbconvCost';
import { mbconvGraph } from '../../models/efficientnet/mbconvGraph';
import { graphCost } from '../../models/onnx/graphCost';
import { encodeModel } from '../../models/onnx/onnxModel';
import { readOnnx } from '../../models/onnx/readOnnx';

/** The block's closed-form counts beside graphCost's count of the same block written as ONNX bytes and read back. */
export interface BlockCounts {
  closed: MBConvCost;
  counted: { params: number; macs: number; otherOps: number; bytes: number; perLayer: Record<LayerCost['name'], { params: number; macs: number }> };
  agree: boolean;
}

export function blockCounts(s: MBConvShape): BlockCounts {
  const closed = mbconvCost(s);
  const bytes = encodeModel(mbconvGraph(s));
  const c = graphCost(readOnnx(bytes));
  const perLayer = {} as BlockCounts['counted']['perLayer'];
  for (const l of closed.layers) {
    const nodes = c.nodes.filter((n) => n.name.startsWith(`${l.name}/`));
    perLayer[l.name] = { params: nodes.reduce((a, n) => a + n.params, 0), macs: nodes.reduce((a, n) => a + n.macs, 0) };
  }
  const agree =
    c.params === closed.params &&
    c.macs === closed.macs &&
    closed.layers.every((l) => perLayer[l.name].params === l.params && perLayer[l.name].macs === l.macs);
  return { closed, counted: { params: c.params, macs: c.macs, otherOps: c.otherOps, bytes: bytes.length, perLayer }, agree };
}
