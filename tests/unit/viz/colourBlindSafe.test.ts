import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { interpolateCividis, interpolateRdBu, interpolateViridis, rgb } from 'd3';
import { DEFICIENCIES, hexToRgb, simulateCvd, toLinear, type Deficiency, type Rgb } from '../../../src/kernels/simulateCvd';
import { deltaE2000, srgbToLab } from '../../../src/kernels/deltaE2000';
import { CLASS_RGB } from '../../../src/demos/unet/masks';
import { cssColor, INTERPOLATORS } from '../../../src/viz/colormap';
import { palette } from '../../../src/viz/palette.svelte';
import { nonEmpty } from '../../nonEmpty';

/**
 * The colour-blind-safe option, measured. Dichromacy is simulated with Machado, Oliveira & Fernandes
 * (2009) at severity 1 (src/kernels/simulateCvd.ts: the published matrices, in linear sRGB); distance
 * is CIEDE2000 on D65 CIELAB (src/kernels/deltaE2000.ts, checked on Sharma et al.'s 34 pairs).
 *
 * Threshold for class and series colours: ΔE00 ≥ 10 for every pair under every simulation. ΔE00 ≈ 1
 * is a just-noticeable difference for large patches side by side; lines, dots and box outlines are
 * small and seen apart, where Szafir (IEEE TVCG 24(1), 2018) measured several times that is needed, so
 * 10 is our margin for "tell the classes apart at a glance", not a standard.
 */
const MIN_DE = 10;
// The shipped stylesheets, in the order main.ts loads them: standard colours, then the safe overrides.
const THEME = ['theme.css', 'palette.css'].map((f) => readFileSync(resolve(import.meta.dirname, '../../../src/app', f), 'utf8')).join('\n');

/** The custom properties of the n-th rule whose selector is exactly `selector` in those sheets. */
function props(selector: string, n: number): Record<string, string> {
  const blocks = [...THEME.matchAll(/([^{}]+)\{([^{}]*)\}/g)].filter((m) => m[1].trim().split('\n').pop()!.trim() === selector);
  const body = blocks[n]?.[2];
  if (body === undefined) throw new Error(`theme.css/palette.css have no rule #${n} for ${selector}`);
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}
const SCHEMES = ['light', 'dark'] as const;
const theme = (safe: boolean, scheme: (typeof SCHEMES)[number]) => ({
  ...props(':root', scheme === 'light' ? 0 : 1),
  ...(safe ? props(":root[data-palette='safe']", scheme === 'light' ? 0 : 1) : {}),
});
const series = (t: Record<string, string>) => nonEmpty([0, 1, 2, 3].map((k) => t[`--series-${k}`]).filter(Boolean), 'series colours');

type View = 'normal' | Deficiency;
const VIEWS: readonly View[] = ['normal', ...DEFICIENCIES];
const seen = (c: Rgb, v: View) => srgbToLab(v === 'normal' ? c : simulateCvd(c, v));

/** The closest pair of `colours` as seen with `view`. */
function closest(colours: readonly Rgb[], view: View): number {
  let min = Infinity;
  for (let i = 0; i < colours.length; i++)
    for (let j = i + 1; j < colours.length; j++) min = Math.min(min, deltaE2000(seen(colours[i], view), seen(colours[j], view)));
  return min;
}
const hexes = (hs: string[]) => hs.map(hexToRgb);
const d3rgb = (css: string): Rgb => {
  const c = rgb(css);
  return [c.r / 255, c.g / 255, c.b / 255];
};

describe('class and series colours under simulated dichromacy', () => {
  for (const scheme of SCHEMES) {
    test.for(VIEWS)(`safe series colours (${scheme}) stay ΔE00 ≥ 10 apart, every pair, seen with %s`, (view) => {
      expect(closest(hexes(series(theme(true, scheme))), view)).toBeGreaterThanOrEqual(MIN_DE);
    });
    test.for(VIEWS)(`safe pass/fail colours (${scheme}) stay ΔE00 ≥ 10 apart seen with %s`, (view) => {
      const t = theme(true, scheme);
      expect(closest(hexes([t['--good'], t['--bad']]), view)).toBeGreaterThanOrEqual(MIN_DE);
    });
  }
  test.for(VIEWS)('safe U-Net mask classes (background included) stay ΔE00 ≥ 10 apart seen with %s', (view) => {
    expect(closest(CLASS_RGB.safe, view)).toBeGreaterThanOrEqual(MIN_DE);
  });

  // Where the standard colours fail, so the tests above are not passing by construction.
  test('the standard series colours fall under ΔE00 10 with protanopia and deuteranopia, in light and dark', () => {
    for (const scheme of SCHEMES)
      for (const view of ['protanopia', 'deuteranopia'] as const) expect(closest(hexes(series(theme(false, scheme))), view)).toBeLessThan(MIN_DE);
  });
  test('the standard U-Net mask classes fall under ΔE00 10 with protanopia and deuteranopia (orange square, green triangle)', () => {
    expect(closest(CLASS_RGB.standard, 'protanopia')).toBeLessThan(MIN_DE);
    expect(closest(CLASS_RGB.standard, 'deuteranopia')).toBeLessThan(MIN_DE);
  });
  test("the standard dark theme's pass green and fail red fall under ΔE00 10 with deuteranopia", () => {
    const t = theme(false, 'dark');
    expect(closest(hexes([t['--good'], t['--bad']]), 'deuteranopia')).toBeLessThan(MIN_DE);
  });
});

/** WCAG 2.1 contrast ratio of two sRGB colours. */
function contrast(a: Rgb, b: Rgb): number {
  const lum = (c: Rgb) => 0.2126 * toLinear(c[0]) + 0.7152 * toLinear(c[1]) + 0.0722 * toLinear(c[2]);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('text in the safe palette keeps WCAG AA contrast', () => {
  test('the contrast formula gives the published 4.54:1 for #767676 on white', () => {
    expect(contrast(hexToRgb('#767676'), [1, 1, 1])).toBeCloseTo(4.54, 2);
  });
  // Colours used as small text: --series-0 and --series-3 (badges, prose, syntax), --good and --bad.
  for (const scheme of SCHEMES) {
    // WCAG 2.1 SC 1.4.11: lines, dots and fills need 3:1 against the page.
    test(`every safe series colour (${scheme}) is ≥ 3:1 on --bg as a mark`, () => {
      const t = theme(true, scheme);
      for (const c of series(t)) expect(contrast(hexToRgb(c), hexToRgb(t['--bg'])), c).toBeGreaterThanOrEqual(3);
    });
    test(`safe text colours (${scheme}) are ≥ 4.5:1 on --bg and --surface-2`, () => {
      const t = theme(true, scheme);
      for (const ink of ['--series-0', '--series-3', '--good', '--bad'])
        for (const ground of ['--bg', '--surface-2'])
          expect(contrast(hexToRgb(t[ink]), hexToRgb(t[ground])), `${ink} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    });
  }
});

describe('colour maps under the safe palette', () => {
  afterEach(() => (palette.current = 'standard'));
  test('viridis figures draw with cividis and diverging ones with PuOr once the option is on', () => {
    expect(cssColor('viridis', 0.3)).toBe(interpolateViridis(0.3));
    expect(cssColor('diverging', 0.2)).toBe(interpolateRdBu(0.8));
    palette.current = 'safe';
    expect(cssColor('viridis', 0.3)).toBe(interpolateCividis(0.3));
    expect(cssColor('diverging', 0.2)).not.toBe(interpolateRdBu(0.8));
  });

  /** ΔE00 of the 16 equal steps of a map, seen with `view`, and whether L* rises at every step. */
  function steps(map: (t: number) => string, view: View) {
    const lab = Array.from({ length: 17 }, (_, i) => seen(d3rgb(map(i / 16)), view));
    return { rising: lab.every((l, i) => i === 0 || l[0] > lab[i - 1][0]), de: lab.slice(1).map((l, i) => deltaE2000(lab[i], l)) };
  }
  // Perceptually even: the largest of 16 steps at most 3× the smallest, with L* rising, for every view.
  const EVEN = 3;
  test.for(VIEWS)('cividis rises in lightness and keeps its steps within 3× of each other seen with %s', (view) => {
    const s = steps(INTERPOLATORS.cividis, view);
    expect(s.rising).toBe(true);
    expect(Math.max(...s.de) / Math.min(...s.de)).toBeLessThanOrEqual(EVEN);
  });
  test('viridis, the standard sequential map, bunches its steps beyond 3× with protanopia and tritanopia', () => {
    for (const view of ['protanopia', 'tritanopia'] as const) {
      const s = steps(INTERPOLATORS.viridis, view);
      expect(Math.max(...s.de) / Math.min(...s.de)).toBeGreaterThan(EVEN);
    }
  });
  // A diverging map is read as sign and size: +v and −v must never look alike. ΔE00 ≥ 15 between t and
  // 1 − t for t = 0 … 0.4 (the centre itself is shared by design).
  test.for(VIEWS)('the safe diverging map keeps +v and −v ΔE00 ≥ 15 apart seen with %s', (view) => {
    let min = Infinity;
    for (let i = 0; i <= 8; i++)
      min = Math.min(min, deltaE2000(seen(d3rgb(INTERPOLATORS.safeDiverging(i / 20)), view), seen(d3rgb(INTERPOLATORS.safeDiverging(1 - i / 20)), view)));
    expect(min).toBeGreaterThanOrEqual(15);
  });
});
