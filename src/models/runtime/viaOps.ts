import * as tf from '@tensorflow/tfjs';

/** The part of a tfjs backend a kernel written with ops needs. */
export interface RefCountingBackend {
  incRef(dataId: object): void;
}

/** 4-D shapes as tfjs's conv helpers type them. */
export const conv4 = (s: number[]) => s as [number, number, number, number];

/**
 * Runs ops inside a custom kernel: wraps the inputs as Tensors (each taking its own backend
 * reference, so disposing it leaves the caller's input alive) and hands the result's buffer back
 * with one reference of its own (the pattern of tfjs's Reshape kernel).
 */
export function viaOps(backend: RefCountingBackend, ins: tf.TensorInfo[], f: (...t: tf.Tensor4D[]) => tf.Tensor4D): tf.TensorInfo {
  const wrapped = ins.map((t) => {
    backend.incRef(t.dataId);
    return tf.engine().makeTensorFromTensorInfo(t) as tf.Tensor4D;
  });
  const y = f(...wrapped);
  wrapped.forEach((t) => t.dispose());
  backend.incRef(y.dataId);
  const out = { dataId: y.dataId, shape: y.shape, dtype: y.dtype };
  y.dispose();
  return out;
}
