import { swapCaption } from './swapCaption';

/**
 * The order-swap test: for each two-object scene whose swapped caption differs from its own
 * (swapCaption.ts; identical objects swap to the same text and are left out), is the image
 * closer to its own caption than to the swap? A tie counts one half, so a bag-of-words encoder,
 * which gives both texts the same embedding, scores exactly 0.5, and so does a coin flip.
 * Ties are |Δ cos| ≤ 1e-6: a mean over the same words in another order differs only by float32
 * summation order, far below that.
 */
export interface OrderSwapMetrics {
  score: number; // (closer + ½ ties) / count
  closer: number; // share strictly closer to its own caption
  ties: number; // share within 1e-6
  count: number; // scenes tested
}

export const SWAP_TIE = 1e-6;

/** Indices of the captions that have a distinct swap, and the swaps. */
export function swapTargets(captions: string[]): { index: number[]; swapped: string[] } {
  const index: number[] = [];
  const swapped: string[] = [];
  captions.forEach((c, i) => {
    const s = swapCaption(c);
    if (s !== null && s !== c.toLowerCase()) {
      index.push(i);
      swapped.push(s);
    }
  });
  return { index, swapped };
}

/** img [N, d] (all scenes), own/swap [count, d] for the scenes `index`, all normalised. */
export function orderSwapMetrics(img: Float32Array, index: number[], own: Float32Array, swap: Float32Array, d: number): OrderSwapMetrics {
  if (index.length === 0) throw new Error('orderSwapMetrics: no two-object scene with a distinct swap');
  let closer = 0;
  let ties = 0;
  index.forEach((i, k) => {
    let delta = 0;
    for (let c = 0; c < d; c++) delta += img[i * d + c] * (own[k * d + c] - swap[k * d + c]);
    if (Math.abs(delta) <= SWAP_TIE) ties++;
    else if (delta > 0) closer++;
  });
  const n = index.length;
  return { score: (closer + ties / 2) / n, closer: closer / n, ties: ties / n, count: n };
}
