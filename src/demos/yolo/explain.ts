import type { Tensor } from '../../kernels/tensor';
import type { YoloDecoded } from '../../kernels/yoloDecode';
import { formatNumber as f } from '../../viz/format';

/** Where a decoded row sits in the head: anchor-major, then row, then column (yoloDecode's order). */
export function rowPlace(row: number, grid: number): { anchor: number; cellX: number; cellY: number } {
  const hw = grid * grid;
  return { anchor: Math.floor(row / hw), cellY: Math.floor((row % hw) / grid), cellX: row % grid };
}

export interface RowExplained {
  anchor: number;
  cellX: number;
  cellY: number;
  raw: number[]; // tx, ty, tw, th, to, class logits
  objectness: number;
  classProbs: number[];
  score: number;
  lines: string[]; // the decoding formulas with this row's numbers filled in
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * One decoded prediction, spelled out: its raw head values and the YOLOv2 formulas (the ones
 * yoloDecode computes) with the numbers filled in, so a reader can redo the box by hand.
 */
export function explainRow(
  head: Tensor,
  decoded: YoloDecoded,
  row: number,
  anchors: readonly (readonly [number, number])[],
  stride: number,
  labels: readonly string[],
): RowExplained {
  const [, grid] = head.shape;
  const { anchor, cellX, cellY } = rowPlace(row, grid);
  const per = 5 + labels.length;
  const plane = grid * grid;
  const raw = Array.from({ length: per }, (_, k) => head.data[(anchor * per + k) * plane + cellY * grid + cellX]);
  const [tx, ty, tw, th, to] = raw;
  const [pw, ph] = anchors[anchor];
  const b = decoded.boxes.data.subarray(4 * row, 4 * row + 4);
  const classProbs = Array.from(decoded.classProbs.subarray(row * labels.length, (row + 1) * labels.length));
  const best = decoded.classes[row];
  const lines = [
    `cell (cx, cy) = (${cellX}, ${cellY}), anchor ${anchor}: (pw, ph) = (${f(pw)}, ${f(ph)}) px, stride ${stride}`,
    `bx = (σ(tx) + cx)·${stride} = (σ(${f(tx)}) + ${cellX})·${stride} = (${f(sigmoid(tx))} + ${cellX})·${stride} = ${f((b[0] + b[2]) / 2)} px`,
    `by = (σ(ty) + cy)·${stride} = (σ(${f(ty)}) + ${cellY})·${stride} = (${f(sigmoid(ty))} + ${cellY})·${stride} = ${f((b[1] + b[3]) / 2)} px`,
    `bw = pw·e^tw = ${f(pw)}·e^${f(tw)} = ${f(b[2] - b[0])} px`,
    `bh = ph·e^th = ${f(ph)}·e^${f(th)} = ${f(b[3] - b[1])} px`,
    `objectness σ(to) = σ(${f(to)}) = ${f(decoded.objectness[row])}`,
    `class = softmax(${raw
      .slice(5)
      .map((v) => f(v))
      .join(', ')}) = (${classProbs.map((v) => f(v)).join(', ')}) → ${labels[best]}`,
    `score = ${f(decoded.objectness[row])} × ${f(classProbs[best])} = ${f(decoded.scores[row])}`,
  ];
  return { anchor, cellX, cellY, raw, objectness: decoded.objectness[row], classProbs, score: decoded.scores[row], lines };
}
