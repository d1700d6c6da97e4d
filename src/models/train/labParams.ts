import type { TrainParams } from './protocol';

/**
 * Start parameters of the two lab runs served by lab.worker.ts, on top of the common TrainParams.
 * The page validates them against its URL schema; the worker clamps them again (a message can carry
 * anything), with the same ranges, kept here so both sides agree.
 */
export interface FittingParams extends TrainParams {
  kind: 'fitting';
  width: number; // capacity: filters of the first conv
  trainSize: number; // training images
  epochs: number;
  dropout: number;
  weightDecay: number; // decoupled, per unit learning rate
  augment: boolean;
  earlyStop: boolean; // stop when validation loss has not improved for `patience` epochs
  patience: number;
}

export interface FineTuneParams extends TrainParams {
  kind: 'fine-tuning';
  task: 'corners' | 'colour' | 'size';
  trainSize: number;
  backboneRatio: number; // backbone learning rate = ratio × head learning rate
}

export type LabParams = FittingParams | FineTuneParams;

export const LAB_LIMITS = {
  width: { min: 1, max: 48 },
  trainSize: { min: 6, max: 1000 },
  epochs: { min: 1, max: 400 },
  dropout: { min: 0, max: 0.9 },
  weightDecay: { min: 0, max: 100 },
  patience: { min: 1, max: 100 },
  backboneRatio: { min: 0, max: 10 },
} as const;

const clamp = (v: number, k: keyof typeof LAB_LIMITS, fallback: number) =>
  Number.isFinite(v) ? Math.min(LAB_LIMITS[k].max, Math.max(LAB_LIMITS[k].min, v)) : fallback;

export function clampLab(p: LabParams): LabParams {
  if (p.kind === 'fine-tuning') {
    return {
      ...p,
      task: p.task === 'size' || p.task === 'colour' ? p.task : 'corners',
      trainSize: Math.round(clamp(p.trainSize, 'trainSize', 60)),
      backboneRatio: clamp(p.backboneRatio, 'backboneRatio', 0.1),
    };
  }
  return {
    ...p,
    width: Math.round(clamp(p.width, 'width', 16)),
    trainSize: Math.round(clamp(p.trainSize, 'trainSize', 48)),
    epochs: Math.round(clamp(p.epochs, 'epochs', 60)),
    dropout: clamp(p.dropout, 'dropout', 0),
    weightDecay: clamp(p.weightDecay, 'weightDecay', 0),
    augment: p.augment === true,
    earlyStop: p.earlyStop === true,
    patience: Math.round(clamp(p.patience, 'patience', 10)),
  };
}
