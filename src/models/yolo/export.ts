import type * as tf from '@tensorflow/tfjs';
import { exportSequential } from '../onnx/exportSequential';
import { YOLO_IO } from './io';

/** The trained detector (tfjs, NHWC) as ONNX bytes with the YOLO_IO interface (NCHW image in, raw head out). */
export function exportYolo(model: tf.LayersModel): Uint8Array {
  return exportSequential(model, { inputName: YOLO_IO.input, outputName: YOLO_IO.head, name: 'yolo_tiny' });
}
