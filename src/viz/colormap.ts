import { interpolateCividis, interpolateGreys, interpolatePuOr, interpolateRdBu, interpolateViridis, rgb } from 'd3';
import { palette } from './palette.svelte';

/** What a figure asks for; the palette option decides which map draws it. */
export type Colormap = 'viridis' | 'diverging' | 'gray';

/**
 * Standard maps, and the colour-blind-safe ones that replace them (tests/unit/viz/colourBlindSafe.test.ts
 * measures both under simulated dichromacy): cividis keeps its steps even where viridis bunches up, and
 * PuOr keeps ±v further apart than RdBu under protanopia and deuteranopia.
 */
export const INTERPOLATORS = {
  viridis: interpolateViridis,
  cividis: interpolateCividis,
  // Reversed so that positive is red (orange) and negative blue (purple), the usual reading of a weight map.
  diverging: (t: number) => interpolateRdBu(1 - t),
  safeDiverging: (t: number) => interpolatePuOr(1 - t),
  gray: (t: number) => interpolateGreys(1 - t),
} as const;
type MapName = keyof typeof INTERPOLATORS;

/** The map that draws `name` under the current palette (reading it makes the caller reactive to it). */
export function resolveColormap(name: Colormap): MapName {
  if (!palette.safe) return name;
  return name === 'viridis' ? 'cividis' : name === 'diverging' ? 'safeDiverging' : name;
}

const luts = new Map<MapName, Uint8ClampedArray>();

/** 256-entry RGB lookup table, built once per map (the hot loop never calls d3). */
export function lut(name: Colormap): Uint8ClampedArray {
  const map = resolveColormap(name);
  let table = luts.get(map);
  if (!table) {
    table = new Uint8ClampedArray(256 * 3);
    for (let i = 0; i < 256; i++) {
      const c = rgb(INTERPOLATORS[map](i / 255));
      table.set([c.r, c.g, c.b], i * 3);
    }
    luts.set(map, table);
  }
  return table;
}

export function cssColor(name: Colormap, t: number): string {
  return INTERPOLATORS[resolveColormap(name)](Math.min(1, Math.max(0, t)));
}

/** [min, max] of finite values, widened so a constant map still has a usable range. */
export function extent(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (lo === Infinity) return [0, 1];
  return lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi];
}

/** Maps values through a colormap into an RGBA buffer (NaN → transparent). */
export function toRgba(values: ArrayLike<number>, name: Colormap, [lo, hi]: [number, number]): Uint8ClampedArray {
  const table = lut(name);
  const out = new Uint8ClampedArray(values.length * 4);
  const scale = 255 / (hi - lo || 1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    const k = Math.min(255, Math.max(0, Math.round((v - lo) * scale))) * 3;
    out[i * 4] = table[k];
    out[i * 4 + 1] = table[k + 1];
    out[i * 4 + 2] = table[k + 2];
    out[i * 4 + 3] = 255;
  }
  return out;
}

/** A CHW float image in [0,1] (1 or 3 channels) as RGBA bytes. */
export function imageToRgba(data: ArrayLike<number>, channels: 1 | 3, height: number, width: number): Uint8ClampedArray {
  const plane = height * width;
  const out = new Uint8ClampedArray(plane * 4);
  for (let i = 0; i < plane; i++) {
    for (let c = 0; c < 3; c++) out[i * 4 + c] = 255 * data[(channels === 3 ? c * plane : 0) + i];
    out[i * 4 + 3] = 255;
  }
  return out;
}
