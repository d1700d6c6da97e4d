import { describe, expect, it } from 'vitest';
import { BORDER_MODES, borderInterpolate, type BorderMode } from '../../../src/kernels/border';

/** OpenCV's BorderTypes documentation draws each mode on "abcdefgh"; 'i' is the constant. */
const DOCUMENTED: Record<BorderMode, string> = {
  BORDER_CONSTANT: 'iiiiii|abcdefgh|iiiiiii',
  BORDER_REPLICATE: 'aaaaaa|abcdefgh|hhhhhhh',
  BORDER_REFLECT: 'fedcba|abcdefgh|hgfedcb',
  BORDER_REFLECT_101: 'gfedcb|abcdefgh|gfedcba',
  BORDER_WRAP: 'cdefgh|abcdefgh|abcdefg',
};

describe('borderInterpolate', () => {
  it('covers every mode', () => expect(Object.keys(DOCUMENTED).sort()).toEqual([...BORDER_MODES].sort()));

  it.each(BORDER_MODES)('draws %s exactly as the OpenCV documentation', (mode) => {
    const s = 'abcdefgh';
    let drawn = '';
    for (let p = -6; p < 8 + 7; p++) {
      const q = borderInterpolate(p, 8, mode);
      drawn += (p === 0 || p === 8 ? '|' : '') + (q < 0 ? 'i' : s[q]);
    }
    expect(drawn).toBe(DOCUMENTED[mode]);
  });

  it('reflects more than once when the kernel is wider than the axis (len 3, p = 7, REFLECT_101 → 1)', () => {
    // 101 on "abc": ... c b | a b c | b a b c ... so p = 3 → b, 4 → a, 5 → b, 6 → c, 7 → b.
    expect([3, 4, 5, 6, 7].map((p) => borderInterpolate(p, 3, 'BORDER_REFLECT_101'))).toEqual([1, 0, 1, 2, 1]);
  });

  it('maps everything to 0 on a one-pixel axis except under BORDER_CONSTANT', () => {
    for (const mode of BORDER_MODES) expect(borderInterpolate(-2, 1, mode)).toBe(mode === 'BORDER_CONSTANT' ? -1 : 0);
  });
});
