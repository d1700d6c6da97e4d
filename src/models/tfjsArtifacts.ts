import * as tf from '@tensorflow/tfjs';

/**
 * A tfjs LayersModel as the two files shipped beside its ONNX graph, tfjs/model.json and
 * tfjs/weights.bin (paths relative to models/<name>/): the reference the tfjs–ORT parity tests and
 * the bench load. Built in memory: Node has no file:// IOHandler without tfjs-node.
 */
export async function layersModelArtifacts(model: tf.LayersModel): Promise<Record<string, Uint8Array>> {
  let files: Record<string, Uint8Array> = {};
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      const weights = new Uint8Array(tf.io.CompositeArrayBuffer.join(a.weightData!));
      const json = { modelTopology: a.modelTopology, weightsManifest: [{ paths: ['weights.bin'], weights: a.weightSpecs }] };
      files = { 'tfjs/model.json': new TextEncoder().encode(JSON.stringify(json) + '\n'), 'tfjs/weights.bin': weights };
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } };
    }),
  );
  return files;
}

/** The inverse of layersModelArtifacts: a LayersModel from the shipped tfjs/model.json and tfjs/weights.bin bytes. */
export async function layersModelFromArtifacts(files: Record<string, Uint8Array>): Promise<tf.LayersModel> {
  const [json, bin] = [files['tfjs/model.json'], files['tfjs/weights.bin']];
  if (!json || !bin) throw new Error('expected tfjs/model.json and tfjs/weights.bin');
  const { modelTopology, weightsManifest } = JSON.parse(new TextDecoder().decode(json));
  const weightData = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength) as ArrayBuffer;
  return tf.loadLayersModel(tf.io.fromMemory({ modelTopology, weightSpecs: weightsManifest[0].weights, weightData }));
}
