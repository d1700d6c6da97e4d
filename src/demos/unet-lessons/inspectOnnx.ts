import { graphCost, type GraphCost } from '../../models/onnx/graphCost';
import { readOnnx } from '../../models/onnx/readOnnx';

/**
 * What the "bring your own model" panel says about a dropped file, before anything runs: read
 * with our own parser (readOnnx) and counter (graphCost), all in the page (nothing is uploaded).
 * A segmentation model here is one float input [N, 3, H, W] and a float output [N, C, H', W']
 * with C ≥ 2 and the same H' = H, W' = W: it is run on the current scene resized to H×W.
 */
export const MAX_MODEL_BYTES = 100 * 1024 * 1024;

export interface Inspection {
  ok: boolean;
  message: string; // what the page says, always
  cost?: GraphCost;
  opset?: number;
  segmentation?: { input: string; output: string; height: number; width: number; classes: number };
  why?: string; // why it is not run as a segmentation model
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Checks the size first (a 300 MB file is refused without being read). */
export function checkSize(name: string, bytes: number): Inspection | null {
  if (bytes > MAX_MODEL_BYTES) return { ok: false, message: `${name} is ${mb(bytes)}: the limit here is ${mb(MAX_MODEL_BYTES)}, so it was not read.` };
  if (bytes === 0) return { ok: false, message: `${name} is empty.` };
  return null;
}

export function inspectOnnx(name: string, data: Uint8Array): Inspection {
  const tooBig = checkSize(name, data.length);
  if (tooBig) return tooBig;
  let model;
  try {
    model = readOnnx(data);
  } catch (e) {
    return { ok: false, message: `${name} is not a readable ONNX model: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (model.graph.nodes.length === 0) return { ok: false, message: `${name} has no graph nodes: not an ONNX model this page can use.` };
  const cost = graphCost(model);
  const unsupported = cost.unsupportedOps.length ? ` Ops without a shape rule here (not counted): ${cost.unsupportedOps.join(', ')}.` : '';
  const base: Inspection = { ok: true, message: `${name}: ${model.graph.nodes.length} nodes, opset ${model.opset}.${unsupported}`, cost, opset: model.opset };
  const inputs = model.graph.inputs.filter((v) => !model.graph.initializers.some((t) => t.name === v.name));
  const [input] = inputs;
  const output = model.graph.outputs[0];
  const ci = cost.inputs.find((v) => v.name === input?.name)?.shape;
  const co = cost.outputs.find((v) => v.name === output?.name)?.shape;
  const notSeg = (why: string) => ({ ...base, why: `Not run on the scene: ${why}` });
  if (inputs.length !== 1) return notSeg(`it has ${inputs.length} inputs; a segmentation model here takes one image.`);
  if (input.elemType !== 1) return notSeg(`its input '${input.name}' is not float32.`);
  if (!ci || ci.length !== 4 || ci[1] !== 3)
    return notSeg(`its input '${input.name}' has shape [${input.shape?.join(', ') ?? '?'}], not [N, 3, H, W] (NCHW RGB).`);
  if (!co || co.length !== 4) return notSeg(`its output '${output.name}' has shape [${co?.join(', ') ?? 'unknown'}], not per-class maps [N, C, H, W].`);
  if (co[1] < 2 || co[2] !== ci[2] || co[3] !== ci[3])
    return notSeg(`its output [${co.join(', ')}] is not one map per class at the input's ${ci[2]}×${ci[3]}.`);
  return { ...base, segmentation: { input: input.name, output: output.name, height: ci[2], width: ci[3], classes: co[1] } };
}
