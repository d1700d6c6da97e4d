import * as tf from '@tensorflow/tfjs';
import type { Tensor } from '../../kernels/tensor';
import type { VitWeightManifest } from './weightTable';

/** A model's variables with their stable names, in the order of its weight file. */
export type NamedVariables = [string, tf.Variable][];

/**
 * The weight-file format the transformers here ship (vit-tiny's tfjs/vit.bin, CLIP's
 * tfjs/text.bin): every variable's float32 data concatenated in order, and the name and shape of
 * each for the JSON manifest beside it. readWeightTable (weightTable.ts) reads it back without tfjs.
 */
export function packWeights(vars: NamedVariables): Pick<VitWeightManifest, 'weights'> & { bin: Uint8Array } {
  const parts = vars.map(([, v]) => v.dataSync() as Float32Array);
  const bin = new Uint8Array(parts.reduce((a, p) => a + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    bin.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at += p.byteLength;
  }
  return { weights: vars.map(([name, v]) => ({ name, shape: v.shape })), bin };
}

/** Assigns each variable its tensor from a read table. Throws, naming `what`, when the file and the model differ. */
export function assignWeights(vars: NamedVariables, table: Map<string, Tensor>, what: string): void {
  if (vars.length !== table.size) throw new Error(`${what}: the file has ${table.size} variables, the model ${vars.length}`);
  for (const [name, v] of vars) {
    const w = table.get(name);
    if (!w || w.shape.join() !== v.shape.join()) throw new Error(`${what}: ${name} [${v.shape}] is ${w ? `[${w.shape}]` : 'missing'} in the file`);
    tf.tidy(() => v.assign(tf.tensor(w.data, v.shape)));
  }
}
