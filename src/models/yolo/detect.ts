import { batchedNms } from '../../kernels/batchedNms';
import type { Tensor } from '../../kernels/tensor';
import { yoloDecode, type YoloDecoded } from '../../kernels/yoloDecode';
import type { Anchor } from './targets';
import { YOLO_IO } from './io';

/** One detection: box [x1, y1, x2, y2] in input pixels, class, score = objectness × class probability. */
export interface Box {
  box: [number, number, number, number];
  label: number;
  score: number;
  row: number; // index into the decoded rows (anchor-major: row = (a·S + cy)·S + cx)
}

export interface DetectOptions {
  anchors: readonly Anchor[];
  scoreThreshold: number; // keep rows with score ≥ this
  iouThreshold: number; // per-class NMS: suppress when IoU with a kept box of the class is > this
  maxDetections: number; // per image, by decreasing score (COCO evaluates at most 100)
}

/** The three stages the demo shows: every decoded row, those over the score threshold, and the NMS survivors. */
export interface DetectStages {
  decoded: YoloDecoded;
  candidates: Int32Array; // rows with score ≥ scoreThreshold
  kept: Box[]; // after per-class NMS and the cap, decreasing score
}

/**
 * YOLO post-processing of one head [A·(5+C), S, S] (NCHW, darknet channel order): decode
 * (yoloDecode with the softmax classes the loss trained), score threshold, per-class NMS
 * (batchedNms: as torchvision's batched_nms), then the best `maxDetections`.
 */
export function detect(head: Tensor, o: DetectOptions): DetectStages {
  const decoded = yoloDecode(head, { anchors: o.anchors, stride: YOLO_IO.stride, numClasses: YOLO_IO.numClasses, classActivation: YOLO_IO.classActivation });
  const rows: number[] = [];
  decoded.scores.forEach((s, r) => s >= o.scoreThreshold && rows.push(r));
  const candidates = Int32Array.from(rows);
  const boxes: Tensor = { data: new Float32Array(4 * rows.length), shape: [rows.length, 4] };
  rows.forEach((r, i) => boxes.data.set(decoded.boxes.data.subarray(4 * r, 4 * r + 4), 4 * i));
  const keep = batchedNms(
    boxes,
    rows.map((r) => decoded.scores[r]),
    rows.map((r) => decoded.classes[r]),
    o.iouThreshold,
  );
  const kept = Array.from(keep.slice(0, o.maxDetections), (i) => {
    const r = rows[i];
    const b = decoded.boxes.data;
    return { box: [b[4 * r], b[4 * r + 1], b[4 * r + 2], b[4 * r + 3]] as Box['box'], label: decoded.classes[r], score: decoded.scores[r], row: r };
  });
  return { decoded, candidates, kept };
}

/** Image `i` of a head batch NHWC [N, S, S, K] (tfjs) as the NCHW [K, S, S] tensor `detect` takes. */
export function headOfNhwc(nhwc: Float32Array, i: number, S: number, K: number): Tensor {
  const out = new Float32Array(K * S * S);
  const base = i * S * S * K;
  for (let p = 0; p < S * S; p++) for (let k = 0; k < K; k++) out[k * S * S + p] = nhwc[base + p * K + k];
  return { data: out, shape: [K, S, S] };
}

/** Image `i` of a head batch NCHW [N, K, S, S] (ORT). */
export function headOfNchw(nchw: Float32Array, i: number, S: number, K: number): Tensor {
  return { data: nchw.slice(i * K * S * S, (i + 1) * K * S * S), shape: [K, S, S] };
}
