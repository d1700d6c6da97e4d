import * as tf from '@tensorflow/tfjs';
import { DEFAULT_VIT_CONFIG, buildVit, namedVariables, type Vit } from './model';
import { readWeightTable, type VitWeightManifest } from './weightTable';

/**
 * vit-tiny's tfjs weights as shipped beside the ONNX graph: tfjs/vit.json (config, and each
 * variable's name and shape in file order) + tfjs/vit.bin (float32, little-endian, concatenated).
 * The reference the parity test runs against the ONNX graph, and what the demo reads the
 * learned position embeddings from.
 */
export const VIT_WEIGHT_FILES = { json: 'tfjs/vit.json', bin: 'tfjs/vit.bin' } as const;

type Manifest = VitWeightManifest;

export function vitWeightFiles(m: Vit): Record<string, Uint8Array> {
  const vars = namedVariables(m);
  const parts = vars.map(([, v]) => v.dataSync() as Float32Array);
  const bin = new Uint8Array(parts.reduce((a, p) => a + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    bin.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at += p.byteLength;
  }
  const manifest: Manifest = { config: m.config, weights: vars.map(([name, v]) => ({ name, shape: v.shape })) };
  return { [VIT_WEIGHT_FILES.json]: new TextEncoder().encode(JSON.stringify(manifest) + '\n'), [VIT_WEIGHT_FILES.bin]: bin };
}

/** The model back from those two files. Throws when the files do not fit the config. */
export function vitFromWeightFiles(json: string, bin: Uint8Array): Vit {
  const manifest = JSON.parse(json) as Manifest;
  const table = readWeightTable(manifest, bin);
  const m = buildVit({ ...DEFAULT_VIT_CONFIG, ...manifest.config });
  const vars = namedVariables(m);
  if (vars.length !== table.size) throw new Error(`vit weights: the file has ${table.size} variables, the model ${vars.length}`);
  for (const [name, v] of vars) {
    const w = table.get(name);
    if (!w || w.shape.join() !== v.shape.join()) throw new Error(`vit weights: ${name} [${v.shape}] is ${w ? `[${w.shape}]` : 'missing'} in the file`);
    tf.tidy(() => v.assign(tf.tensor(w.data, v.shape)));
  }
  return m;
}
