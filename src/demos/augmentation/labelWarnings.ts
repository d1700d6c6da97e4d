import type { AugObject, Box } from '../../models/data/augment/augmentSample';
import { SHAPES } from '../../models/data/geometry';

export function iou(a: Box, b: Box): number {
  const w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
  const h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
  const area = (x: Box) => (x[2] - x[0]) * (x[3] - x[1]);
  const inter = w * h;
  return inter / Math.max(1e-9, area(a) + area(b) - inter);
}

/** Below this IoU with the mask's tight box a detector is trained on a visibly wrong box (COCO's loosest AP threshold is 0.5). */
export const LOOSE_IOU = 0.75;
/** Below this visible share the label names an object that is mostly gone. */
export const MOSTLY_GONE = 0.4;

export const objectName = (o: AugObject) => `${o.colour} ${SHAPES[o.label]}`;

/** What is wrong with one augmented label, in words; empty when the label is still true. */
export function labelWarnings(o: AugObject): string[] {
  const name = objectName(o);
  const out: string[] = [];
  if (!o.tight && !o.box) out.push(`${name} cut away; its box is dropped`);
  else if (!o.box && o.tight) out.push(`${name}: box dropped but part of it is still visible`);
  else if (o.box && !o.tight) out.push(`${name}: box kept but no pixel of it is left`);
  if (o.tight && o.visible < MOSTLY_GONE) out.push(`${name}: only ${(100 * o.visible).toFixed(0)} % visible, still labelled`);
  if (o.box && o.tight) {
    const v = iou(o.box, o.tight);
    if (v < LOOSE_IOU) out.push(`${name}: box loose, IoU ${v.toFixed(2)} with the mask’s tight box`);
  }
  if (o.seenColour && o.seenColour !== o.colour) out.push(`labelled ${o.colour}, now looks ${o.seenColour}`);
  return out;
}
