import { DEFAULT_VIT_CONFIG, buildVit, namedVariables, type Vit } from './model';
import { assignWeights, packWeights } from './weightFiles';
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
  const { weights, bin } = packWeights(namedVariables(m));
  const manifest: Manifest = { config: m.config, weights };
  return { [VIT_WEIGHT_FILES.json]: new TextEncoder().encode(JSON.stringify(manifest) + '\n'), [VIT_WEIGHT_FILES.bin]: bin };
}

/** The model back from those two files. Throws when the files do not fit the config. */
export function vitFromWeightFiles(json: string, bin: Uint8Array): Vit {
  const manifest = JSON.parse(json) as Manifest;
  const table = readWeightTable(manifest, bin);
  const m = buildVit({ ...DEFAULT_VIT_CONFIG, ...manifest.config });
  assignWeights(namedVariables(m), table, 'vit weights');
  return m;
}
