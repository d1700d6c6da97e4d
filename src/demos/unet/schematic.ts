/**
 * The U-Net's blocks for the schematic, built from the layer list the training CLI writes into
 * the model card (name, type, output [H, W, C], parameter count, window and strides), so the
 * drawing and its numbers cannot drift from the shipped model.
 */
export interface CardLayer {
  name: string;
  type: string;
  output: number[]; // [H, W, C]
  params: number;
  window?: number[]; // conv kernel or pool size
  strides?: number[];
}

export interface Block {
  id: string; // enc1…encL, mid, decL…dec1, logits, skip1…skipL
  title: string;
  level: number; // 0 = full resolution, l = S / 2^l; the bottleneck is at level L
  side: 'encoder' | 'bottleneck' | 'decoder' | 'head' | 'skip';
  layers: CardLayer[];
  out: number[]; // [H, W, C] of the block's last layer
  params: number;
  about: string;
}

export const shapeText = (s: number[]) => s.join('×');

/** Receptive field (px) of the last layer in `path`: rf += (k − 1)·jump, jump ×= stride. */
export function receptiveField(path: CardLayer[]): number {
  let rf = 1;
  let jump = 1;
  for (const l of path) {
    if (!l.window) continue;
    rf += (l.window[0] - 1) * jump;
    jump *= l.strides?.[0] ?? 1;
  }
  return rf;
}

export function unetBlocks(layers: CardLayer[], inputSize: number): Block[] {
  const levels = layers.filter((l) => /^enc\d+_a$/.test(l.name)).length;
  const pick = (test: (name: string) => boolean) => layers.filter((l) => test(l.name));
  const make = (id: string, title: string, level: number, side: Block['side'], own: CardLayer[], about: (out: number[]) => string): Block[] => {
    if (own.length === 0) return []; // e.g. the skips of the model trained without them
    const out = own[own.length - 1].output;
    return [{ id, title, level, side, layers: own, out, params: own.reduce((a, l) => a + l.params, 0), about: about(out) }];
  };
  const blocks: Block[] = [];
  for (let l = 1; l <= levels; l++) {
    const own = pick((n) => n === `pool${l - 1}` || n.startsWith(`enc${l}_`));
    blocks.push(
      ...make(`enc${l}`, `Encoder ${l}`, l - 1, 'encoder', own, (o) =>
        l === 1
          ? `Two 3×3 convs + ReLU at full resolution: local edges and colours. Its output goes down the encoder and, unchanged, across skip 1.`
          : `2×2 max-pool to ${o[0]}×${o[1]}, then two 3×3 convs with ${o[2]} channels. Its output also crosses skip ${l}.`,
      ),
    );
  }
  const midEnd = layers.findIndex((l) => l.name === 'mid_b');
  const rf = receptiveField(layers.slice(0, midEnd + 1));
  blocks.push(
    ...make(
      'mid',
      'Bottleneck',
      levels,
      'bottleneck',
      pick((n) => n === `pool${levels}` || n.startsWith('mid_')),
      (o) =>
        `Pooled to ${o[0]}×${o[1]}: one cell stands for ${inputSize / o[0]}×${inputSize / o[1]} pixels, and its receptive field is ${rf}×${rf} px${rf >= inputSize ? `, more than the whole ${inputSize}×${inputSize} image` : ''}. Enough context to tell which shape a blob is; too coarse to say exactly where its edges are.`,
    ),
  );
  for (let l = levels; l >= 1; l--) {
    const own = pick((n) => n.startsWith(`up${l}_`) || n === `skip${l}` || n.startsWith(`dec${l}_`));
    const skip = own.some((x) => x.name === `skip${l}`);
    blocks.push(
      ...make(
        `dec${l}`,
        `Decoder ${l}`,
        l - 1,
        'decoder',
        own,
        (o) =>
          `Resize-convolution (nearest ×2, then a 3×3 conv) up to ${o[0]}×${o[1]}${skip ? `, concatenated with encoder ${l}’s map (skip ${l})` : ' (no skip: the decoder has only what came up from below)'}, then two 3×3 convs.`,
      ),
    );
  }
  blocks.push(
    ...make(
      'logits',
      'Head',
      0,
      'head',
      pick((n) => n === 'logits'),
      () => 'A 1×1 conv: four class scores per pixel. Softmax over them gives the probabilities; argmax gives the mask.',
    ),
  );
  for (let l = 1; l <= levels; l++) {
    const enc = layers.find((x) => x.name === `enc${l}_b`);
    blocks.push(
      ...make(
        `skip${l}`,
        `Skip ${l} (concatenate)`,
        l - 1,
        'skip',
        pick((n) => n === `skip${l}`),
        (o) =>
          `Encoder ${l}’s ${enc ? shapeText(enc.output) : ''} map stacked onto the upsampled decoder map: ${o[2]} channels side by side, not added, so the next convs can weigh coarse “what” against fine “where”.`,
      ),
    );
  }
  return blocks;
}
