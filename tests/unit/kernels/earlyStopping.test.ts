import { describe, expect, it } from 'vitest';
import { earlyStopping } from '../../../src/kernels/earlyStopping';

// Hand-made curves; the expected epochs are counted by hand from Keras's rule (wait += 1 when not
// better than best − min_delta, stop when wait ≥ patience). Integer indices: no tolerance needed.
describe('earlyStopping', () => {
  const uShape = [1.0, 0.8, 0.6, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9];

  it('on a U-shaped curve with patience 3 the best epoch is the bottom and it stops 3 epochs later', () => {
    expect(earlyStopping(uShape, 3)).toEqual({ best: 3, stop: 6 });
  });

  it('patience 1 stops on the first epoch that does not improve', () => {
    expect(earlyStopping(uShape, 1)).toEqual({ best: 3, stop: 4 });
  });

  it('a curve that keeps falling never stops', () => {
    expect(earlyStopping([3, 2, 1.5, 1.2, 1.1], 2)).toEqual({ best: 4, stop: null });
  });

  it('a dip smaller than min_delta is not an improvement', () => {
    // 0.5 → 0.495 improves by 0.005 < 0.01: the wait keeps counting from epoch 0.
    expect(earlyStopping([0.5, 0.495, 0.49, 0.6], 3, 0.01)).toEqual({ best: 0, stop: 3 });
  });

  it('an improvement resets the wait', () => {
    // Two flat epochs, a new low at index 3, then two more: patience 3 is never reached.
    expect(earlyStopping([1, 1, 1, 0.9, 0.95, 0.95], 3)).toEqual({ best: 3, stop: null });
  });

  it('NaN losses count against patience', () => {
    expect(earlyStopping([1, NaN, NaN], 2)).toEqual({ best: 0, stop: 2 });
  });
});
