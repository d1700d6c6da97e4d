import type { ExerciseSpec } from './types';

/**
 * Every exercise by id, with its title (eager and tiny: the home page lists progress) and a lazy
 * loader for the rest (statement, cases, the reference source), which only a page that embeds the
 * exercise, and the sandbox worker grading it, ever load.
 */
export interface ExerciseEntry {
  title: string;
  load: () => Promise<{ exercise: ExerciseSpec }>;
}

export const exercises: Record<string, ExerciseEntry> = {
  bilinear: { title: 'Bilinear resize (ONNX half_pixel)', load: () => import('./bilinear') },
  'roi-align-bin': { title: 'RoIAlign: one bin', load: () => import('./roiAlignBin') },
  patchify: { title: 'ViT patchify', load: () => import('./patchify') },
  attention: { title: 'Scaled dot-product attention', load: () => import('./attention') },
  'softmax-temperature': { title: 'Softmax with temperature', load: () => import('./softmaxTemperature') },
  'info-nce': { title: 'Symmetric InfoNCE (CLIP loss)', load: () => import('./infoNce') },
  'box-iou': { title: 'Box IoU', load: () => import('./boxIou') },
  nms: { title: 'Greedy NMS', load: () => import('./nms') },
  'average-precision': { title: 'Average precision (VOC)', load: () => import('./averagePrecision') },
  conv2d: { title: 'Conv2d with padding and stride', load: () => import('./conv2d') },
  'max-pool': { title: 'Max pooling', load: () => import('./maxPool') },
  'dice-loss': { title: 'Soft Dice loss', load: () => import('./diceLoss') },
  'smith-waterman': { title: 'Smith–Waterman score', load: () => import('./smithWaterman') },
  ctf: { title: 'CTF value (RELION convention)', load: () => import('./ctf') },
  minimizers: { title: 'Minimizer sketch', load: () => import('./minimizers') },
};

export function exerciseEntry(id: string): ExerciseEntry | undefined {
  return Object.hasOwn(exercises, id) ? exercises[id] : undefined;
}
