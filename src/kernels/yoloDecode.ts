import { assertRank, type Tensor } from './tensor';

/**
 * Decodes one YOLOv2/v3 head. Input [A·(5+C), H, W] in darknet's channel order: anchor a owns
 * channels a·(5+C) + (tx, ty, tw, th, to, c_1 … c_C). For cell (cy, cx) and anchor (pw, ph):
 *   bx = (σ(tx) + cx)·stride, by = (σ(ty) + cy)·stride, bw = pw·e^tw, bh = ph·e^th
 * (YOLOv2 paper §2 "Direct location prediction"; v3 keeps it), objectness σ(to), class
 * probabilities softmax (v2) or independent sigmoids (v3) over c, and score = objectness × the
 * best class probability. Anchors are in input pixels (v3 cfg style; v2 cfgs list them in grid
 * cells: multiply by the stride). Output rows are anchor-major, then row, then column:
 * row = (a·H + cy)·W + cx; boxes [x1, y1, x2, y2] in input pixels.
 */
export interface YoloDecodeOptions {
  anchors: readonly (readonly [number, number])[]; // (pw, ph) in pixels, one per anchor
  stride: number; // input pixels per grid cell
  numClasses: number;
  classActivation?: 'sigmoid' | 'softmax'; // default 'sigmoid' (v3)
}

export interface YoloDecoded {
  boxes: Tensor; // [A·H·W, 4]
  objectness: Float32Array; // [A·H·W]
  classProbs: Float32Array; // [A·H·W, C]
  classes: Int32Array; // argmax class (lowest index on ties)
  scores: Float32Array; // objectness × classProbs[class]
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function yoloDecode(head: Tensor, opts: YoloDecodeOptions): YoloDecoded {
  assertRank(head, 3, 'yoloDecode: head [A·(5+C),H,W]');
  const { anchors, stride, numClasses: nc, classActivation = 'sigmoid' } = opts;
  const [ch, h, w] = head.shape;
  const per = 5 + nc;
  if (!Number.isInteger(nc) || nc < 1) throw new Error(`yoloDecode: numClasses must be a positive integer, got ${nc}`);
  if (anchors.length * per !== ch) throw new Error(`yoloDecode: ${anchors.length} anchors × (5 + ${nc}) = ${anchors.length * per} channels, head has ${ch}`);
  if (!(stride > 0)) throw new Error(`yoloDecode: stride must be positive, got ${stride}`);
  if (classActivation !== 'sigmoid' && classActivation !== 'softmax') throw new Error(`yoloDecode: classActivation must be sigmoid or softmax`);
  const hw = h * w;
  const rows = anchors.length * hw;
  const out: YoloDecoded = {
    boxes: { data: new Float32Array(4 * rows), shape: [rows, 4] },
    objectness: new Float32Array(rows),
    classProbs: new Float32Array(rows * nc),
    classes: new Int32Array(rows),
    scores: new Float32Array(rows),
  };
  const x = head.data;
  const logits = new Float64Array(nc);
  for (let a = 0; a < anchors.length; a++) {
    const [pw, ph] = anchors[a];
    const base = a * per * hw; // channel a·(5+C), plane-major
    for (let cy = 0; cy < h; cy++) {
      for (let cx = 0; cx < w; cx++) {
        const loc = cy * w + cx;
        const r = a * hw + loc;
        const at = (k: number) => x[base + k * hw + loc];
        const bx = (sigmoid(at(0)) + cx) * stride;
        const by = (sigmoid(at(1)) + cy) * stride;
        const bw = pw * Math.exp(at(2));
        const bh = ph * Math.exp(at(3));
        out.boxes.data.set([bx - bw / 2, by - bh / 2, bx + bw / 2, by + bh / 2], 4 * r);
        const obj = sigmoid(at(4));
        for (let c = 0; c < nc; c++) logits[c] = at(5 + c);
        const probs = classActivation === 'softmax' ? softmax(logits) : logits.map(sigmoid);
        let best = 0;
        for (let c = 0; c < nc; c++) {
          out.classProbs[r * nc + c] = probs[c];
          if (probs[c] > probs[best]) best = c;
        }
        [out.objectness[r], out.classes[r], out.scores[r]] = [obj, best, obj * probs[best]];
      }
    }
  }
  return out;
}

/** Softmax with the max subtracted first, so large logits do not overflow exp. */
function softmax(z: Float64Array): Float64Array {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((p, q) => p + q, 0);
  return e.map((v) => v / s);
}
