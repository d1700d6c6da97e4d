import { isPaletteName, palette, type PaletteName } from '../viz/palette.svelte';

/**
 * Where the palette option comes from and goes to. `?palette=safe|standard` in the page's query (before
 * the `#`, so demo params stay untouched) wins, so a link or a test can set it; otherwise the reader's
 * last choice from localStorage. Storage can be missing or blocked (private modes): the option then
 * lasts for the visit.
 */
const KEY = 'concept-notebook.palette';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function initialPalette(search: string, stored: string | null): PaletteName {
  const asked = new URLSearchParams(search).get('palette');
  if (isPaletteName(asked)) return asked;
  return isPaletteName(stored) ? stored : 'standard';
}

function apply(name: PaletteName): void {
  palette.current = name;
  if (name === 'safe') document.documentElement.dataset.palette = 'safe';
  else delete document.documentElement.dataset.palette;
}

/** Applies the palette the page was opened with (call once, before the first paint of figures). */
export function startPalette(): void {
  let stored: string | null;
  try {
    stored = storage()?.getItem(KEY) ?? null;
  } catch {
    stored = null;
  }
  apply(initialPalette(location.search, stored));
}

/** The reader's choice: applied now and remembered. */
export function choosePalette(name: PaletteName): void {
  apply(name);
  try {
    storage()?.setItem(KEY, name);
  } catch {
    // Full or blocked storage: the choice still holds for this visit.
  }
}
