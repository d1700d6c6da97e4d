import { cropResize, hflip, randomResizedCrop, rotation, transformBoxes, warpMask, type Affine } from '../../../kernels/augmentGeometry';
import { uniform, type Random } from '../../../kernels/random';
import type { ShapesSample } from '../render';
import { maskBounds, warpImage } from './warpImage';
import { colourName, jitterColour, type Jitter } from './colourJitter';
import { betaSample } from './betaSample';

export type AugmentOp = 'flip' | 'rotate' | 'crop' | 'jitter' | 'cutout' | 'mixup' | 'cutmix' | 'mosaic';
export type Box = [number, number, number, number];

/** One labelled object after augmentation: the box a box-only pipeline carries, and the reference box from its warped mask. */
export interface AugObject {
  box: Box | null; // null: dropped (cut away)
  tight: Box | null; // tight bounds of the augmented mask (null: no pixel left)
  mask: Uint8Array;
  label: number; // index into SHAPES
  colour: string; // the label's colour name
  seenColour: string | null; // nearest palette colour to the augmented pixels
  weight: number; // label weight (mixup λ, cutmix area share), 1 otherwise
  visible: number; // share of the object's original area still visible
}
export interface Augmented {
  image: Float32Array;
  width: number;
  height: number;
  objects: AugObject[];
  note: string; // the parameters that were drawn
}
export interface AugmentOptions {
  maxAngle: number; // degrees, rotation drawn from ±maxAngle
  alpha: number; // mixup λ ~ Beta(α, α)
  breaking: boolean; // choose the parameters that break labels
}

function count(m: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < m.length; i++) if (m[i]) n++;
  return n;
}
const plane = (s: ShapesSample) => s.width * s.height;

function objectsOf(s: ShapesSample, image: Float32Array, masks: Uint8Array[], boxes: (Box | null)[], areaScale: number, weight = 1): AugObject[] {
  return masks.map((mask, k) => ({
    box: boxes[k],
    tight: maskBounds(mask, s.height, s.width),
    mask,
    label: s.labels[k],
    colour: s.colours[k],
    seenColour: colourName(image, mask, plane(s)),
    weight,
    visible: count(mask) / Math.max(1, count(s.instanceMasks[k]) * areaScale),
  }));
}

/** Image, masks and boxes through one affine map; boxes below 1 px are dropped, as a detection pipeline does. */
export function warpSample(s: ShapesSample, A: Affine, note: string): Augmented {
  const { width: W, height: H } = s;
  const image = warpImage(s.image, 3, H, W, A, H, W);
  const masks = s.instanceMasks.map((m) => warpMask(m, H, W, A, H, W));
  const moved = transformBoxes(s.boxes.flat(), A, W, H);
  const boxes = s.boxes.map((_, k) => {
    const at = moved.kept.indexOf(k);
    return at < 0 ? null : (moved.boxes.slice(4 * at, 4 * at + 4) as Box);
  });
  return { image, width: W, height: H, objects: objectsOf(s, image, masks, boxes, Math.abs(A[0] * A[4] - A[1] * A[3])), note };
}

/** Paste `region` of b into a (cutmix, mosaic quadrants): masks are cut to what shows, boxes are their tight bounds. */
function paste(a: Augmented, b: Augmented, inside: (x: number, y: number) => boolean, weights: [number, number]): Augmented {
  const { width: W, height: H } = a;
  const image = a.image.slice();
  const P = W * H;
  const cut = (o: AugObject, keepInside: boolean): AugObject => {
    const mask = o.mask.map((v, p) => (v && inside(p % W, Math.floor(p / W)) === keepInside ? 1 : 0));
    const tight = maskBounds(mask, H, W);
    return { ...o, mask, tight, box: tight, visible: o.visible * (count(mask) / Math.max(1, count(o.mask))) };
  };
  for (let p = 0; p < P; p++) if (inside(p % W, Math.floor(p / W))) for (let c = 0; c < 3; c++) image[c * P + p] = b.image[c * P + p];
  const objects = [...a.objects.map((o) => ({ ...cut(o, false), weight: weights[0] })), ...b.objects.map((o) => ({ ...cut(o, true), weight: weights[1] }))];
  for (const o of objects) o.seenColour = colourName(image, o.mask, P);
  return { image, width: W, height: H, objects, note: '' };
}

/** The affine map of a geometric op and its description, drawn from `rand` (the same draw augmentSample makes). */
export function geometricDraw(op: 'flip' | 'rotate' | 'crop', W: number, H: number, rand: Random, o: AugmentOptions): { A: Affine; note: string } {
  if (op === 'flip') return { A: hflip(W), note: 'horizontal flip' };
  if (op === 'rotate') {
    const deg = o.breaking ? 45 : uniform(rand, -o.maxAngle, o.maxAngle);
    return { A: rotation((deg * Math.PI) / 180, W / 2, H / 2), note: `rotate ${deg.toFixed(0)}°` };
  }
  const c = randomResizedCrop(rand, H, W, o.breaking ? [0.08, 0.12] : [0.08, 1]);
  const note = `crop ${c.w}×${c.h} at (${c.x}, ${c.y}), ${((100 * c.w * c.h) / (W * H)).toFixed(0)} % of the area${c.fallback ? ' (centre fallback)' : ''}`;
  return { A: cropResize(c, W, H), note };
}

/**
 * One augmentation of `a` (b, c, d are the partners mixing ops need), parameters drawn from `rand`.
 * Defaults follow the papers and torchvision: RandomResizedCrop scale (0.08, 1), ratio (3/4, 4/3);
 * ColorJitter(0.4, 0.4, 0.4); Cutout half the side (DeVries & Taylor 2017 on CIFAR); CutMix λ ~ U(0, 1);
 * Mosaic's four images at half scale around a random centre (YOLOv4). `breaking` picks the parameters that break labels.
 */
export function augmentSample(op: AugmentOp, s: ShapesSample, others: ShapesSample[], rand: Random, o: AugmentOptions): Augmented {
  const { width: W, height: H } = s;
  const first = s.boxes[0];
  switch (op) {
    case 'flip':
    case 'rotate':
    case 'crop': {
      const g = geometricDraw(op, W, H, rand, o);
      return warpSample(s, g.A, g.note);
    }
    case 'jitter': {
      const j: Jitter = {
        brightness: uniform(rand, 0.6, 1.4),
        contrast: uniform(rand, 0.6, 1.4),
        saturation: uniform(rand, 0.6, 1.4),
        hue: o.breaking ? uniform(rand, 0.3, 0.5) : 0,
      };
      const image = jitterColour(s.image, plane(s), j);
      const boxes = s.boxes.map((b) => [...b] as Box);
      const note = `brightness ×${j.brightness.toFixed(2)}, contrast ×${j.contrast.toFixed(2)}, saturation ×${j.saturation.toFixed(2)}${j.hue ? `, hue +${(j.hue * 360).toFixed(0)}°` : ''}`;
      return { image, width: W, height: H, objects: objectsOf(s, image, s.instanceMasks, boxes, 1), note };
    }
    case 'cutout': {
      const L = Math.round(W / 2);
      const [cx, cy] = o.breaking && first ? [(first[0] + first[2]) / 2, (first[1] + first[3]) / 2] : [uniform(rand, 0, W), uniform(rand, 0, H)];
      const [x0, y0] = [Math.round(cx - L / 2), Math.round(cy - L / 2)];
      const inside = (x: number, y: number) => x >= x0 && x < x0 + L && y >= y0 && y < y0 + L;
      const image = s.image.slice();
      const P = plane(s);
      for (let p = 0; p < P; p++) if (inside(p % W, Math.floor(p / W))) for (let c = 0; c < 3; c++) image[c * P + p] = 0.5;
      const seen = s.instanceMasks.map((m) => m.map((v, p) => (v && !inside(p % W, Math.floor(p / W)) ? 1 : 0)));
      const objects = objectsOf(
        s,
        image,
        s.instanceMasks,
        s.boxes.map((b) => [...b] as Box),
        1,
      ).map((ob, k) => ({ ...ob, visible: count(seen[k]) / Math.max(1, count(ob.mask)) }));
      return { image, width: W, height: H, objects, note: `${L}×${L} grey square at (${x0}, ${y0}); labels unchanged` };
    }
    case 'mixup': {
      const lam = o.breaking ? 0.5 : betaSample(rand, o.alpha);
      const b = others[0];
      const image = s.image.map((v, i) => lam * v + (1 - lam) * b.image[i]);
      const objects = [...objectsOf(s, image, s.instanceMasks, s.boxes, 1, lam), ...objectsOf(b, image, b.instanceMasks, b.boxes, 1, 1 - lam)];
      return {
        image,
        width: W,
        height: H,
        objects,
        note: `λ = ${lam.toFixed(2)} (Beta(${o.alpha}, ${o.alpha})): labels weighted ${lam.toFixed(2)} and ${(1 - lam).toFixed(2)}`,
      };
    }
    case 'cutmix': {
      const lam = rand();
      const [w, h] = o.breaking && first ? [first[2] - first[0], first[3] - first[1]] : [W * Math.sqrt(1 - lam), H * Math.sqrt(1 - lam)];
      const [cx, cy] = o.breaking && first ? [(first[0] + first[2]) / 2, (first[1] + first[3]) / 2] : [uniform(rand, 0, W), uniform(rand, 0, H)];
      const [x0, y0, x1, y1] = [
        Math.max(0, Math.round(cx - w / 2)),
        Math.max(0, Math.round(cy - h / 2)),
        Math.min(W, Math.round(cx + w / 2)),
        Math.min(H, Math.round(cy + h / 2)),
      ];
      const share = ((x1 - x0) * (y1 - y0)) / (W * H); // λ is corrected to the clipped area, as the CutMix reference code does
      const id = (t: ShapesSample) => warpSample(t, [1, 0, 0, 0, 1, 0], '');
      const out = paste(id(s), id(others[0]), (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1, [1 - share, share]);
      return { ...out, note: `patch ${x1 - x0}×${y1 - y0} at (${x0}, ${y0}): labels weighted ${(1 - share).toFixed(2)} and ${share.toFixed(2)}` };
    }
    case 'mosaic': {
      const [cx, cy] = o.breaking ? [W * 0.9, H * 0.9] : [Math.round(uniform(rand, W / 4, (3 * W) / 4)), Math.round(uniform(rand, H / 4, (3 * H) / 4))];
      const tiles = [s, ...others.slice(0, 3)];
      // Tile k touches the centre with one corner (top-left tile ends at the centre, ...), at half scale, cropped by the canvas.
      const offsets = [
        [cx - W / 2, cy - H / 2],
        [cx, cy - H / 2],
        [cx - W / 2, cy],
        [cx, cy],
      ];
      const quad = (k: number) => (x: number, y: number) => x >= cx === (k % 2 === 1) && y >= cy === k >= 2;
      let out = warpSample(tiles[0], [0.5, 0, offsets[0][0], 0, 0.5, offsets[0][1]], '');
      for (let k = 1; k < 4; k++) out = paste(out, warpSample(tiles[k], [0.5, 0, offsets[k][0], 0, 0.5, offsets[k][1]], ''), quad(k), [1, 1]);
      return { ...out, note: `four scenes at half scale around (${cx}, ${cy})` };
    }
  }
}
