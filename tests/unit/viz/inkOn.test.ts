import { describe, expect, test } from 'vitest';
import { inkOn } from '../../../src/viz/inkOn';

// Hand-computed from the WCAG 2.1 relative-luminance formula: grey #777777 has L = 0.184 (just above the
// 0.179 crossover, so black wins: 4.69 against 4.48), #757575 has L = 0.178 (white wins: 4.61 against 4.56).
describe('inkOn picks the ink with the higher WCAG contrast', () => {
  test('black text on white and white text on black', () => {
    expect(inkOn('#ffffff')).toBe('#000');
    expect(inkOn('#000000')).toBe('#fff');
  });
  test('greys either side of the crossover luminance get different inks', () => {
    expect(inkOn('#777777')).toBe('#000');
    expect(inkOn('#757575')).toBe('#fff');
  });
  test("viridis's teal middle #21918c takes black text (5.49 against 3.82 for white)", () => {
    expect(inkOn('#21918c')).toBe('#000');
  });
});
