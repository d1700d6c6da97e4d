import type { Tensor } from '../../kernels/tensor';
import type { VitConfig } from './model';

/** tfjs/vit.json: the config and each variable's name and shape, in the order of tfjs/vit.bin. */
export interface VitWeightManifest {
  config: VitConfig;
  weights: { name: string; shape: number[] }[];
}

/**
 * vit-tiny's shipped weights (tfjs/vit.json + tfjs/vit.bin, written by weights.ts) as plain
 * tensors by name, without tfjs: what the page reads the position embeddings and layer-0 weights
 * from. Throws when the file is shorter or longer than the manifest says.
 */
export function readWeightTable(manifest: Pick<VitWeightManifest, 'weights'>, bin: Uint8Array): Map<string, Tensor> {
  const floats = new Float32Array(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength));
  const out = new Map<string, Tensor>();
  let at = 0;
  for (const w of manifest.weights) {
    const n = w.shape.reduce((a, b) => a * b, 1);
    if (at + n > floats.length) throw new Error(`vit weights: ${w.name} needs ${n} floats at ${at}, the file has ${floats.length}`);
    out.set(w.name, { data: floats.subarray(at, at + n), shape: [...w.shape] });
    at += n;
  }
  if (at !== floats.length) throw new Error(`vit weights: ${floats.length - at} floats left over`);
  return out;
}
