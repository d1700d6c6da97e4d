/**
 * `npm run train -- effnet-grid`: the grid search of α, β, γ at φ = 1 (src/models/efficientnet/grid.ts).
 * Trains each grid point the family has not trained yet with the family's own spec and protocol
 * (no files shipped: only accuracy, FLOPs and time are kept), reads the points the family already
 * trained from their cards, trains the paper's point on SPREAD_SEEDS for the spread over seeds,
 * and writes models/effnet-grid/card.json (after every run, so a stopped search keeps its results).
 *   npm run train -- effnet-grid [--backend wasm|cpu]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ClassifierMetrics } from '../models/shapeClassifier/train';
import { effnetSpec } from '../models/efficientnet/spec';
import { COMPOUND } from '../models/efficientnet/family';
import { GRID, GRID_PHI, GRID_TOLERANCE, SPREAD_SEEDS, bestCandidate, flopsFactor, gridMember, type Coefficients } from '../models/efficientnet/grid';
import { fitModel } from '../models/train/fitModel';
import { cardPath, readCard } from './modelFiles';

interface Run {
  seed: number;
  accuracy: number;
  loss: number;
  macs: number;
  parameters: number;
  resolution: number;
  repeats: number[];
  channels: number[];
  wallTimeSeconds: number;
}
type Arch = { macs: number; resolution: number; repeats: number[]; channels: number[] };

const round = (v: number, d = 4) => Number(v.toFixed(d));
const GRID_TRAINED = 'trained by this grid';

/** Trains grid point `c` on `seed` with the family's spec and defaults; returns what the grid card keeps. */
function train(c: Coefficients, seed: number, log: (line: string) => void): Run {
  const spec = effnetSpec(gridMember(c));
  const config = { ...spec.defaults, seed };
  const { model, validation, wallTimeSeconds } = fitModel(spec, config, log);
  try {
    const body = spec.card(model, config, validation);
    const a = body.architecture as Arch;
    const { accuracy, loss } = validation;
    return {
      seed,
      accuracy,
      loss,
      macs: a.macs,
      parameters: body.parameters as number,
      resolution: a.resolution,
      repeats: a.repeats,
      channels: a.channels,
      wallTimeSeconds,
    };
  } finally {
    spec.dispose(model);
  }
}

/** A point the family already trained (same spec, defaults and seed 1): its card's numbers. */
function fromCard(name: string): Run {
  const card = readCard(name);
  const a = card.architecture as Arch;
  const v = card.validation as unknown as ClassifierMetrics;
  return {
    seed: card.data.seed,
    accuracy: v.accuracy,
    loss: v.loss,
    ...a,
    parameters: card.parameters as number,
    wallTimeSeconds: card.training.wallTimeSeconds,
  };
}

export async function runEffnetGrid(argv: string[], backend: string, log: (line: string) => void): Promise<void> {
  const path = cardPath('effnet-grid');
  const candidates: (Coefficients & { from: string; product: number; runs: Run[] })[] = [];
  const spread: Run[] = [];
  const write = () => {
    const done = candidates.filter((c) => c.runs.length > 0);
    const best = done.length ? done[bestCandidate(done.map((c) => c.runs[0].accuracy))] : null;
    const paper = candidates.find((c) => c.alpha === COMPOUND.alpha && c.beta === COMPOUND.beta && c.gamma === COMPOUND.gamma);
    const seeds = [...(paper ? paper.runs.slice(0, 1) : []), ...spread].map((r) => r.accuracy);
    const mean = seeds.reduce((a, b) => a + b, 0) / Math.max(1, seeds.length);
    const sd = Math.sqrt(seeds.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, seeds.length - 1));
    const card = {
      name: 'effnet-grid',
      task: `grid search of the compound-scaling coefficients at φ = ${GRID_PHI} (Tan & Le 2019 §3.3): α·β²·γ² ≈ 2 (within ${GRID_TOLERANCE}), α, β, γ ≥ 1`,
      protocol: 'each point trained as a family member (src/models/efficientnet/spec.ts defaults, seed 1), picked by held-out accuracy on 600 scenes',
      backend,
      candidates: done.map(({ runs, ...c }) => ({ ...c, product: round(c.product), ...runs[0], accuracy: round(runs[0].accuracy), loss: round(runs[0].loss) })),
      chosen: best ? { alpha: best.alpha, beta: best.beta, gamma: best.gamma, accuracy: round(best.runs[0].accuracy) } : null,
      paper: { ...COMPOUND, usedBy: ['effnet-b1', 'effnet-b2'] },
      seedSpread: {
        point: COMPOUND,
        seeds: [1, ...SPREAD_SEEDS.slice(0, spread.length)],
        accuracies: seeds.map((a) => round(a)),
        mean: round(mean),
        sd: round(sd),
      },
      // Training time of the runs this search made (the reused points' cards hold their own), on this machine under its load.
      trainedWallTimeSeconds: round(
        [...done.filter((c) => c.from === GRID_TRAINED).flatMap((c) => c.runs), ...spread].reduce((a, r) => a + r.wallTimeSeconds, 0),
        1,
      ),
      command: `npm run train -- effnet-grid${argv.length ? ' ' + argv.join(' ') : ''}`,
    };
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(card, null, 2) + '\n');
  };
  for (const g of GRID) {
    const { from, ...c } = g;
    const name = from ?? gridMember(c).name;
    const entry = { ...c, from: from ? `models/${from}/card.json` : GRID_TRAINED, product: flopsFactor(c), runs: [] as Run[] };
    candidates.push(entry);
    if (from) entry.runs.push(fromCard(from));
    else {
      log(`training ${name} (α·β²·γ² = ${flopsFactor(c).toFixed(3)})`);
      entry.runs.push(train(c, 1, (l) => log(`[${name}] ${l}`)));
    }
    log(`${name}: accuracy ${entry.runs[0].accuracy.toFixed(4)}, ${entry.runs[0].macs} MACs`);
    write();
  }
  for (const seed of SPREAD_SEEDS) {
    log(`training the paper's point on seed ${seed}`);
    spread.push(train(COMPOUND, seed, (l) => log(`[seed ${seed}] ${l}`)));
    write();
  }
  log(`wrote ${path}`);
}
