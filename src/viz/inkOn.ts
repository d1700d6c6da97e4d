import { rgb } from 'd3';

/**
 * Black or white text for a cell filled with `background` (any CSS colour d3 parses): whichever has the
 * higher WCAG 2.1 contrast ratio. With relative luminance L, black gives (L + 0.05) / 0.05 and white
 * 1.05 / (L + 0.05); they are equal at L = sqrt(1.05 × 0.05) − 0.05 ≈ 0.179. A fixed threshold on the
 * colormap's t cannot do this: viridis's teal middle and RdBu's dark ends both need the other ink.
 */
export function inkOn(background: string): '#000' | '#fff' {
  const c = rgb(background);
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
  return l > Math.sqrt(1.05 * 0.05) - 0.05 ? '#000' : '#fff';
}
