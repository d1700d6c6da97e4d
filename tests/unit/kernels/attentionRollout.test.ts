import { describe, expect, it } from 'vitest';
import { attentionRollout } from '../../../src/kernels/attentionRollout';
import { maxAbsDiff, tensor } from '../../../src/kernels/tensor';
import { randomSeeded } from '../../../src/kernels/random';
import { scaledDotProductAttention } from '../../../src/kernels/attention';
import { randomTensor, rowSumError } from './attentionFixtures';

// Hand cases use dyadic fractions (quarters, sixteenths), exact in float32 and float64 alike;
// 1e-7 only absorbs the one rounding when 2/3 and 6/7 are stored as float32.
const HAND = 1e-7;

// Two tokens. A1: both attend to token 0. A2: both attend to token 1. A3: uniform.
const A1 = [1, 0, 1, 0];
const A2 = [0, 1, 0, 1];
const A3 = [0.5, 0.5, 0.5, 0.5];
const layers = (...ms: number[][]) => tensor([ms.length, 2, 2], ms.flat());

describe('attentionRollout on hand-computed cases (residual 0.5 unless stated)', () => {
  it('one layer is ½A + ½I: A1 gives [[1, 0], [½, ½]]', () => {
    expect(maxAbsDiff(attentionRollout(layers(A1)).data, [1, 0, 0.5, 0.5])).toBeLessThan(HAND);
  });

  it('two layers multiply newest on the left: Â2·Â1 = [[½,½],[0,1]]·[[1,0],[½,½]] = [[¾,¼],[½,½]]', () => {
    const r = attentionRollout(layers(A1, A2));
    expect(r.shape).toEqual([2, 2]);
    expect(maxAbsDiff(r.data, [0.75, 0.25, 0.5, 0.5])).toBeLessThan(HAND);
    // The other order, Â1·Â2 = [[½,½],[¼,¾]], would be wrong: the layers do not commute.
    expect(maxAbsDiff(attentionRollout(layers(A2, A1)).data, [0.5, 0.5, 0.25, 0.75])).toBeLessThan(HAND);
  });

  it('three layers: Â3·[[¾,¼],[½,½]] with Â3 = [[¾,¼],[¼,¾]] is [[11/16, 5/16], [9/16, 7/16]]', () => {
    expect(maxAbsDiff(attentionRollout(layers(A1, A2, A3)).data, [11 / 16, 5 / 16, 9 / 16, 7 / 16])).toBeLessThan(HAND);
  });

  it('residual 0 is the plain product A3·A2·A1 = [[1, 0], [1, 0]] (ViT App. D.8); residual 1 is the identity', () => {
    expect(maxAbsDiff(attentionRollout(layers(A1, A2, A3), 0).data, [1, 0, 1, 0])).toBeLessThan(HAND);
    expect(maxAbsDiff(attentionRollout(layers(A1, A2, A3), 1).data, [1, 0, 0, 1])).toBeLessThan(HAND);
  });

  it('residual 0.25 weights the identity by ¼: one layer of A2 gives [[¼, ¾], [0, 1]]', () => {
    expect(maxAbsDiff(attentionRollout(layers(A2), 0.25).data, [0.25, 0.75, 0, 1])).toBeLessThan(HAND);
  });

  it('renormalises rows that do not sum to 1: [[0.2, 0.2], [0, 0.6]] becomes [[6/7, 1/7], [0, 1]]', () => {
    expect(maxAbsDiff(attentionRollout(layers([0.2, 0.2, 0, 0.6])).data, [6 / 7, 1 / 7, 0, 1])).toBeLessThan(HAND);
  });
});

describe('attentionRollout head fusion on [L, H, T, T]', () => {
  // Two heads: the identity and the swap.
  const heads = tensor([1, 2, 2, 2], [1, 0, 0, 1, 0, 1, 1, 0]);
  it("'mean' averages the heads to ½ everywhere, then ½A + ½I = [[¾, ¼], [¼, ¾]]", () => {
    expect(maxAbsDiff(attentionRollout(heads).data, [0.75, 0.25, 0.25, 0.75])).toBeLessThan(HAND);
  });
  it("'max' takes 1 everywhere; ½A + ½I = [[1, ½], [½, 1]] renormalises to [[⅔, ⅓], [⅓, ⅔]]", () => {
    expect(maxAbsDiff(attentionRollout(heads, 0.5, 'max').data, [2 / 3, 1 / 3, 1 / 3, 2 / 3])).toBeLessThan(HAND);
  });
  it("'min' takes 0 everywhere, leaving ½I, which renormalises to I", () => {
    expect(maxAbsDiff(attentionRollout(heads, 0.5, 'min').data, [1, 0, 0, 1])).toBeLessThan(HAND);
  });
  it("'mean' over [L, H, T, T] equals the rollout of the head-averaged [L, T, T] (two layers)", () => {
    const two = tensor([2, 2, 2, 2], [...heads.data, 1, 0, 1, 0, 0.5, 0.5, 0, 1]);
    // Layer 0: mean of identity and swap; layer 1: mean of [[1,0],[1,0]] and [[½,½],[0,1]].
    const averaged = layers([0.5, 0.5, 0.5, 0.5], [0.75, 0.25, 0.5, 0.5]);
    expect(maxAbsDiff(attentionRollout(two).data, attentionRollout(averaged).data)).toBeLessThan(HAND);
  });
});

describe('attentionRollout on softmax attention', () => {
  it('keeps rows summing to 1 through 4 layers of 17-token attention (within 1e-6, float32 storage)', () => {
    const rand = randomSeeded(4);
    const ws = Array.from({ length: 4 }, () => {
      const x = randomTensor(rand, [17, 8], -2, 2);
      return scaledDotProductAttention(x, x, x).weights.data;
    });
    const r = attentionRollout(
      tensor(
        [4, 17, 17],
        ws.flatMap((w) => Array.from(w)),
      ),
    );
    expect(rowSumError(r)).toBeLessThan(1e-6);
    expect(Math.min(...r.data)).toBeGreaterThan(0);
  });
});

describe('attentionRollout input checks', () => {
  it.each([
    ['weights of rank 2', () => attentionRollout(tensor([2, 2])), /\[L,T,T\] or \[L,H,T,T\]/],
    ['non-square layers', () => attentionRollout(tensor([1, 2, 3])), /must be \[L,T,T\]/],
    ['a residual above 1', () => attentionRollout(layers(A1), 1.5), /residual must be in \[0, 1\], got 1.5/],
    ['an unknown head fusion', () => attentionRollout(tensor([1, 2, 2, 2]), 0.5, 'median' as 'mean'), /head fusion must be 'mean', 'max' or 'min'/],
  ])('rejects %s with a message naming it', (_what, call, message) => {
    expect(call).toThrow(message);
  });
});
