import { describe, expect, it } from 'vitest';
import { receptiveField, unetBlocks, type CardLayer } from '../../../src/demos/unet/schematic';
import card from '../../../models/unet/card.json';
import noskipCard from '../../../models/unet-noskip/card.json';

const conv = (k: number): CardLayer => ({ name: 'c', type: 'Conv2D', output: [], params: 0, window: [k, k], strides: [1, 1] });
const pool = (k: number, s: number): CardLayer => ({ name: 'p', type: 'MaxPooling2D', output: [], params: 0, window: [k, k], strides: [s, s] });

describe('receptiveField', () => {
  it('two stacked 3×3 convs see 5×5 and three see 7×7 (Simonyan & Zisserman 2015, §2.3)', () => {
    expect(receptiveField([conv(3), conv(3)])).toBe(5);
    expect(receptiveField([conv(3), conv(3), conv(3)])).toBe(7);
  });

  it('a stride multiplies the reach of every later layer: conv3, pool 2/2, conv3 is 1 + 2 + 1 + 2·2 = 8', () => {
    expect(receptiveField([conv(3), pool(2, 2), conv(3)])).toBe(8);
  });

  it('layers without a window (input, concatenation) add nothing', () => {
    expect(receptiveField([{ name: 'image', type: 'InputLayer', output: [32, 32, 3], params: 0 }, conv(1)])).toBe(1);
  });
});

describe('unetBlocks on the shipped cards (layer lists the training CLI read off the tfjs models)', () => {
  const layers = card.architecture.layers as CardLayer[];
  const blocks = unetBlocks(layers, card.architecture.inputSize);
  const byId = Object.fromEntries(blocks.map((b) => [b.id, b]));

  it('puts every layer but the input in exactly one block of the U; a skip block is its decoder’s concatenation, shown again', () => {
    const placed = blocks.filter((b) => b.side !== 'skip').flatMap((b) => b.layers.map((l) => l.name));
    expect(placed.sort()).toEqual(
      layers
        .filter((l) => l.type !== 'InputLayer')
        .map((l) => l.name)
        .sort(),
    );
    for (const l of [1, 2, 3]) {
      expect(byId[`skip${l}`].layers.map((x) => x.name)).toEqual([`skip${l}`]);
      expect(byId[`dec${l}`].layers.map((x) => x.name)).toContain(`skip${l}`);
    }
  });

  it('gives each block the output shape of its last layer and the sum of its parameters', () => {
    for (const b of blocks) {
      expect(b.out).toEqual(b.layers[b.layers.length - 1].output);
      expect(b.params).toBe(b.layers.reduce((a, l) => a + l.params, 0));
    }
    expect(blocks.filter((b) => b.side !== 'skip').reduce((a, b) => a + b.params, 0)).toBe(card.parameters);
  });

  it('has three levels: a 4×4×64 bottleneck whose receptive field (68 px) exceeds the 32 px image', () => {
    // rf after each pair of 3×3 convs and 2×2 pools: 5, 6, 14, 16, 32, 36, 68 (jumps 1, 2, 4, 8).
    expect(byId.mid.out).toEqual([4, 4, 64]);
    expect(byId.mid.about).toMatch(/receptive field is 68×68 px, more than the whole 32×32 image/);
    expect(['enc1', 'enc2', 'enc3', 'dec3', 'dec2', 'dec1', 'skip1', 'skip2', 'skip3', 'logits'].every((id) => id in byId)).toBe(true);
  });

  it('a skip concatenates encoder l’s channels with the upsampled decoder’s: skip1 is 32×32×(8 + 8)', () => {
    expect(byId.skip1.out).toEqual([32, 32, 16]);
    expect(byId.skip1.level).toBe(0);
  });

  it('the network trained without skips has no skip blocks, and its decoders say so', () => {
    const plain = unetBlocks(noskipCard.architecture.layers as CardLayer[], noskipCard.architecture.inputSize);
    expect(plain.filter((b) => b.side === 'skip')).toEqual([]);
    expect(plain.find((b) => b.id === 'dec1')?.about).toMatch(/no skip/);
  });
});
