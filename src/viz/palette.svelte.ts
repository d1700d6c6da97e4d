/**
 * Which colours the figures use: the standard ones, or a set chosen to stay apart for readers with
 * protanopia, deuteranopia or tritanopia (Okabe & Ito, "Color Universal Design", 2008, for class and
 * series colours; cividis for sequential maps, Nuñez, Anderton & Renslow, PLoS ONE 13(7), 2018; PuOr
 * for diverging maps). CSS colours switch on `:root[data-palette]` (src/app/palette.css); canvas colours read
 * `palette.safe`, which is reactive, so a figure drawn in a `$derived` redraws when it changes.
 */
export const PALETTES = ['standard', 'safe'] as const;
export type PaletteName = (typeof PALETTES)[number];

class PaletteChoice {
  current = $state<PaletteName>('standard');
  get safe(): boolean {
    return this.current === 'safe';
  }
}

export const palette = new PaletteChoice();

export const isPaletteName = (v: unknown): v is PaletteName => PALETTES.includes(v as PaletteName);
