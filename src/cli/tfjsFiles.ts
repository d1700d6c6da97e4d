import * as tf from '@tensorflow/tfjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS_DIR, sha256 } from './modelFiles';

/**
 * The trained tfjs weights, shipped beside the ONNX file as models/<name>/tfjs/{model.json,
 * weights.bin}: the reference the tfjs–ORT parity test and the bench load (Node has no
 * file:// IOHandler without tfjs-node, so both directions go through memory).
 */
const dir = (name: string) => join(MODELS_DIR, name, 'tfjs');

export async function saveTfjsModel(name: string, model: tf.LayersModel): Promise<{ files: string[]; weightsSha256: string }> {
  mkdirSync(dir(name), { recursive: true });
  let sha = '';
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      const weights = new Uint8Array(tf.io.CompositeArrayBuffer.join(a.weightData!));
      sha = sha256(weights);
      writeFileSync(join(dir(name), 'weights.bin'), weights);
      const json = { modelTopology: a.modelTopology, weightsManifest: [{ paths: ['weights.bin'], weights: a.weightSpecs }] };
      writeFileSync(join(dir(name), 'model.json'), JSON.stringify(json) + '\n');
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } };
    }),
  );
  return { files: [`tfjs/model.json`, `tfjs/weights.bin`], weightsSha256: sha };
}

export async function loadTfjsModel(name: string): Promise<tf.LayersModel> {
  const json = JSON.parse(readFileSync(join(dir(name), 'model.json'), 'utf8'));
  const bin = readFileSync(join(dir(name), 'weights.bin'));
  const weightData = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength);
  return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0].weights, weightData }));
}
