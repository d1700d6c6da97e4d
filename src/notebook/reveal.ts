import type { StepChange } from './demoState.svelte';

/**
 * After a presenter step: scrolls the panel the step changed into view if it is off-screen.
 * A demo marks its panels with `data-panel="name"` and `data-params="the params it shows"`;
 * the step's `show` names a panel outright, otherwise the first panel showing a changed param
 * is the one. Smooth unless the reader asked for reduced motion. Returns the panel scrolled to.
 */
export function reveal(root: HTMLElement, change: StepChange): string | null {
  const panels = [...root.querySelectorAll<HTMLElement>('[data-panel]')];
  const target = change.show
    ? panels.find((p) => p.dataset.panel === change.show)
    : panels.find((p) => (p.dataset.params ?? '').split(/\s+/).some((k) => change.changed.includes(k)));
  if (!target) return null;
  const r = target.getBoundingClientRect();
  const tall = r.height > innerHeight;
  // A panel taller than the screen counts as seen when its top is in the upper half.
  const seen = tall ? r.top >= 0 && r.top < innerHeight / 2 : r.top >= 0 && r.bottom <= innerHeight;
  if (seen) return null;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: tall ? 'start' : 'center', behavior: reduce ? 'instant' : 'smooth' });
  return target.dataset.panel ?? null;
}
