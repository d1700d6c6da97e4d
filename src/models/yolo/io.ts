import { YOLO_CLASSES } from './data';

/**
 * The detector's ONNX interface: input `image` NCHW float32 [batch, 3, 64, 64] in [0, 1]; output
 * `head` [batch, A·(5+C), S, S] = [batch, 24, 8, 8] in darknet's channel order, anchor a owning
 * channels a·8 + (tx, ty, tw, th, objectness logit, 3 class logits): the layout `yoloDecode`
 * (src/kernels/yoloDecode.ts) reads. Decoding, thresholds and NMS happen outside the graph, so
 * the demo can show each stage. Anchors (pixels) are data-dependent and live in the card's io.
 * A module of its own so the page can read it without pulling in tfjs or the exporter.
 */
export const YOLO_IO = {
  input: 'image',
  head: 'head',
  labels: [...YOLO_CLASSES],
  inputSize: 64,
  grid: 8, // S×S cells
  stride: 8, // input pixels per cell
  anchorsPerCell: 3,
  numClasses: YOLO_CLASSES.length,
  classActivation: 'softmax', // the classes are mutually exclusive: YOLOv2's softmax, not v3's sigmoids
  layout: 'NCHW float32 [batch, 3, 64, 64], RGB in [0, 1]; head [batch, 24, 8, 8], channel a·8 + (tx, ty, tw, th, to, c0, c1, c2)',
} as const;
