import { describe, expect, it } from 'vitest';
import { cascade, clipLogProbs, fuse } from '../../../src/demos/multi-model/fusionStats';

const logs = (rows: number[][]) => ({ data: Float32Array.from(rows.flat(), Math.log), shape: [rows.length, rows[0].length] });

describe('the fusion demo’s statistics', () => {
  // Three scenes, two classes. ViT: sure and right, sure and wrong, unsure and wrong.
  // CLIP: unsure and wrong, unsure and right, sure and right.
  const labels = Int32Array.of(0, 0, 1);
  const vit = logs([
    [0.95, 0.05],
    [0.1, 0.9],
    [0.6, 0.4],
  ]);
  const clip = logs([
    [0.4, 0.6],
    [0.55, 0.45],
    [0.1, 0.9],
  ]);

  it('ViT 1/3, CLIP 2/3; the geometric mean at w = ½ gets scenes 0 and 2 right (2/3); they disagree on all three', () => {
    // Scene 0: √(0.95·0.4) = 0.616 > √(0.05·0.6) = 0.173 → class 0. Scene 1: √(0.1·0.55) = 0.235 < √(0.9·0.45) = 0.636 → 1 (wrong).
    // Scene 2: √(0.6·0.1) = 0.245 < √(0.4·0.9) = 0.6 → 1 (right).
    const f = fuse(vit, clip, labels, 0.5, 'log-linear');
    expect(f.vit.accuracy).toBeCloseTo(1 / 3, 12);
    expect(f.clip.accuracy).toBeCloseTo(2 / 3, 12);
    expect(Array.from(f.fused.pred)).toEqual([0, 1, 1]);
    expect(f.disagree).toEqual([0, 1, 2]);
    expect(f.sweep).toHaveLength(21);
  });

  it('the cascade sends the cheaper model’s unsure scenes on: CLIP first, τ = 0.7 escalates scenes 0 and 1 (q = 2/3), E[c] = 1 + ⅔·10 ms', () => {
    const f = fuse(vit, clip, labels, 0.5, 'log-linear');
    const c = cascade(f, labels, 0.7, { vit: 10, clip: 1 });
    expect(c.first).toBe('clip');
    expect(c.escalated).toBeCloseTo(2 / 3, 12);
    // Scene 0 and 1 take the fused answer (0 right, 1 wrong); scene 2 keeps CLIP's right answer.
    expect(c.accuracy).toBeCloseTo(2 / 3, 12);
    expect(c.msPerImage).toBeCloseTo(1 + (2 / 3) * 10, 12);
    expect(c.msBoth).toBe(11);
    expect(c.wrongKept).toBe(0);
  });

  it('τ above every confidence escalates everything; τ below every confidence escalates nothing', () => {
    const f = fuse(vit, clip, labels, 0.5, 'log-linear');
    expect(cascade(f, labels, 1.01, { vit: 1, clip: 10 }).escalated).toBe(1);
    const none = cascade(f, labels, 0, { vit: 1, clip: 10 });
    expect(none.first).toBe('vit');
    expect(none.escalated).toBe(0);
    expect(none.wrongKept).toBe(2);
  });

  it('a class missing from the prompt set gets probability 0 and the others renormalise: cos [0.1, 0.3] at scale 10 without class 0 is [0, 1]', () => {
    const p = clipLogProbs(Float32Array.of(0.1, 0.3), 1, 2, 10, 0);
    expect(p.data[0]).toBe(-Infinity);
    expect(p.data[1]).toBe(0);
    // With both classes: softmax([1, 3]) = [1/(1 + e²), e²/(1 + e²)].
    const q = clipLogProbs(Float32Array.of(0.1, 0.3), 1, 2, 10, null);
    // float32 logits: ~1e-7.
    expect(Math.abs(Math.exp(q.data[0]) - 1 / (1 + Math.exp(2)))).toBeLessThan(1e-6);
  });
});
