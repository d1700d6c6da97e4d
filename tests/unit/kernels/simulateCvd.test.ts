import { describe, expect, test } from 'vitest';
import { DEFICIENCIES, MACHADO_2009, hexToRgb, simulateCvd } from '../../../src/kernels/simulateCvd';

describe('simulateCvd (Machado, Oliveira & Fernandes 2009, severity 1)', () => {
  // Each published matrix maps white to white to six decimals (its rows sum to 1 ± 2e-6).
  test.for(DEFICIENCIES)('%s leaves white, black and mid grey where they are', (d) => {
    for (const g of [0, 0.5, 1]) simulateCvd([g, g, g], d).forEach((v) => expect(v).toBeCloseTo(g, 4));
  });

  // Hand-computed: pure red in linear RGB is (1, 0, 0), so the result is the matrix's first column,
  // clipped and gamma-encoded: protanopia (0.152286, 0.114503, −0.003882) → sRGB (0.42661, 0.37265, 0).
  test('protanopia turns sRGB red into a dark olive (0.4266, 0.3727, 0)', () => {
    const [r, g, b] = simulateCvd([1, 0, 0], 'protanopia');
    expect(r).toBeCloseTo(0.42661, 4);
    expect(g).toBeCloseTo(0.37265, 4);
    expect(b).toBe(0);
  });

  test('tritanopia leaves red almost red: (1, 0, 0.0584)', () => {
    const [r, g, b] = simulateCvd([1, 0, 0], 'tritanopia');
    expect(r).toBeCloseTo(1, 9); // 1.055 − 0.055 in floating point
    expect(g).toBe(0);
    expect(b).toBeCloseTo(0.05839, 4);
  });

  test('the matrices are the published severity-1.0 entries (first rows spot-checked)', () => {
    expect(MACHADO_2009.protanopia[0]).toEqual([0.152286, 1.052583, -0.204868]);
    expect(MACHADO_2009.deuteranopia[0]).toEqual([0.367322, 0.860646, -0.227968]);
    expect(MACHADO_2009.tritanopia[0]).toEqual([1.255528, -0.076749, -0.178779]);
  });

  test('hexToRgb reads #rrggbb and refuses anything else', () => {
    expect(hexToRgb('#ff8000')).toEqual([1, 128 / 255, 0]);
    expect(() => hexToRgb('red')).toThrow();
  });
});
