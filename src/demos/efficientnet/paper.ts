/**
 * EfficientNet B0–B7 as published. Params, FLOPs (multiply–adds) and top-1 (ICML/v1):
 * Tan & Le 2019, Table 2 (REFERENCE.md §6). Width and depth coefficients, resolution and dropout:
 * tensorflow/tpu efficientnet_builder.py `efficientnet_params` (resolution and dropout in
 * REFERENCE.md §6; the width/depth pairs as that dict spells them: (width, depth, res, dropout)).
 */
export interface PaperModel {
  name: string;
  phi: number; // the compound coefficient the name stands for (B-number)
  width: number;
  depth: number;
  resolution: number;
  params: number;
  flops: number;
  top1: number;
}

const ROWS: [number, number, number, number, number, number][] = [
  // width, depth, resolution, params, FLOPs, top-1 (v1)
  [1.0, 1.0, 224, 5.3e6, 0.39e9, 76.3],
  [1.0, 1.1, 240, 7.8e6, 0.7e9, 78.8],
  [1.1, 1.2, 260, 9.2e6, 1.0e9, 79.8],
  [1.2, 1.4, 300, 12e6, 1.8e9, 81.1],
  [1.4, 1.8, 380, 19e6, 4.2e9, 82.6],
  [1.6, 2.2, 456, 30e6, 9.9e9, 83.3],
  [1.8, 2.6, 528, 43e6, 19e9, 84.0],
  [2.0, 3.1, 600, 66e6, 37e9, 84.4],
];

export const PAPER_MODELS: PaperModel[] = ROWS.map(([width, depth, resolution, params, flops, top1], phi) => ({
  name: `B${phi}`,
  phi,
  width,
  depth,
  resolution,
  params,
  flops,
  top1,
}));
