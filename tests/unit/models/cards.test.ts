import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODELS_DIR, readCard, sha256 } from '../../../src/cli/modelFiles';
import { MODELS } from '../../../src/models/registry';

/** Every model in the registry ships files that match its card: the card is the promise, the files the goods. */
const names = [...MODELS.keys()];
const MAX_BYTES = 5 * 1024 * 1024; // the brief's per-model budget

describe('model registry', () => {
  it('lists the shipped models (a registry that lost its entries would make every check below vacuous)', () => {
    expect(names).toEqual(expect.arrayContaining(['shape-classifier', 'unet', 'unet-noskip', 'clip', 'yolo-tiny', 'vit-tiny']));
  });
});

describe.each(names)('shipped %s', (name) => {
  const card = readCard(name);

  it('has a card naming itself, its command and at least one ONNX graph', () => {
    expect(card.name).toBe(name);
    expect(card.command).toMatch(new RegExp(`^npm run train -- ${name}\\b`));
    expect(Object.keys(card.files).length).toBeGreaterThan(0);
  });

  it('ships ONNX files whose size and sha256 match the card, each at most 5 MB', () => {
    for (const f of Object.values(card.files)) {
      const bytes = readFileSync(join(MODELS_DIR, name, f.name));
      expect(statSync(join(MODELS_DIR, name, f.name)).size).toBe(f.bytes);
      expect(sha256(bytes)).toBe(f.sha256);
      expect(f.bytes).toBeLessThanOrEqual(MAX_BYTES);
    }
  });

  it('ships the tfjs weights the card lists, with matching sha256', () => {
    expect(card.tfjsWeights.files.length).toBeGreaterThan(0);
    for (const path of card.tfjsWeights.files) expect(sha256(readFileSync(join(MODELS_DIR, name, path)))).toBe(card.tfjsWeights.sha256[path]);
  });

  it('records held-out validation and a training history of one row per epoch', () => {
    expect(Object.keys(card.validation).length).toBeGreaterThan(0);
    expect(card.training.history).toHaveLength(card.training.epochs);
  });
});
