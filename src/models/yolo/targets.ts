import { whIou } from '../../kernels/anchorKMeans';

export type Anchor = readonly [number, number]; // (pw, ph) in input pixels

/** Where one ground-truth box lands in the head, and what the head should output there. */
export interface Assignment {
  cellX: number; // column of the cell holding the box centre
  cellY: number;
  anchor: number; // the anchor whose shape (placed at a common centre) overlaps the box most
  anchorIous: number[]; // that shape IoU for every anchor (the demo shows why the best won)
  tx: number; // σ(tx) target: the centre's offset inside its cell, in [0, 1)
  ty: number;
  tw: number; // log(w / pw): the raw tw whose e^tw scales the anchor to the box
  th: number;
  label: number;
}

/**
 * YOLOv2/v3 target assignment for one box [x1, y1, x2, y2] (pixels): the cell containing its
 * centre is responsible (YOLOv1 §2), and within it only the anchor of highest IoU with the box's
 * (w, h) (YOLOv3 §2.1 "one bounding box prior for each ground truth object"; ties: lowest index).
 * The box decodes back exactly: bx = (tx + cellX)·stride, bw = pw·e^tw.
 */
export function assignBox(box: readonly number[], label: number, anchors: readonly Anchor[], stride: number, grid: number): Assignment {
  const [x1, y1, x2, y2] = box;
  const w = x2 - x1;
  const h = y2 - y1;
  if (!(w > 0 && h > 0)) throw new Error(`assignBox: box [${box}] has no area`);
  const gx = (x1 + x2) / 2 / stride;
  const gy = (y1 + y2) / 2 / stride;
  const cellX = Math.min(grid - 1, Math.max(0, Math.floor(gx)));
  const cellY = Math.min(grid - 1, Math.max(0, Math.floor(gy)));
  const anchorIous = anchors.map(([pw, ph]) => whIou(w, h, pw, ph));
  const anchor = anchorIous.indexOf(Math.max(...anchorIous));
  const [pw, ph] = anchors[anchor];
  return { cellX, cellY, anchor, anchorIous, tx: gx - cellX, ty: gy - cellY, tw: Math.log(w / pw), th: Math.log(h / ph), label };
}

/**
 * Dense training targets for a batch, laid out like the tfjs head reshaped to [N, S, S, A, ·]:
 * slot ((n·S + cellY)·S + cellX)·A + anchor. `scale` is YOLOv3's 2 − w·h/(W·H) box-loss weight
 * (small boxes count more; darknet's delta_yolo_box). Two objects claiming the same slot: the
 * later one wins, as darknet overwrites (rare here: objects keep their bounding circles apart).
 */
export interface YoloTargets {
  mask: Float32Array; // [N·S·S·A] 1 at responsible slots
  xy: Float32Array; // [N·S·S·A·2]
  wh: Float32Array; // [N·S·S·A·2]
  classes: Float32Array; // [N·S·S·A·C] one-hot
  scale: Float32Array; // [N·S·S·A]
  collisions: number; // objects overwritten by a later one
}

export function yoloTargets(
  boxes: readonly (readonly number[])[][],
  labels: readonly number[][],
  anchors: readonly Anchor[],
  o: { stride: number; grid: number; numClasses: number; imageSize: number },
): YoloTargets {
  const A = anchors.length;
  const slots = boxes.length * o.grid * o.grid * A;
  const t: YoloTargets = {
    mask: new Float32Array(slots),
    xy: new Float32Array(2 * slots),
    wh: new Float32Array(2 * slots),
    classes: new Float32Array(o.numClasses * slots),
    scale: new Float32Array(slots),
    collisions: 0,
  };
  boxes.forEach((scene, n) =>
    scene.forEach((box, k) => {
      const a = assignBox(box, labels[n][k], anchors, o.stride, o.grid);
      const s = ((n * o.grid + a.cellY) * o.grid + a.cellX) * A + a.anchor;
      if (t.mask[s]) t.collisions++;
      t.mask[s] = 1;
      t.xy.set([a.tx, a.ty], 2 * s);
      t.wh.set([a.tw, a.th], 2 * s);
      t.classes.fill(0, o.numClasses * s, o.numClasses * (s + 1));
      t.classes[o.numClasses * s + a.label] = 1;
      t.scale[s] = 2 - ((box[2] - box[0]) * (box[3] - box[1])) / (o.imageSize * o.imageSize);
    }),
  );
  return t;
}
