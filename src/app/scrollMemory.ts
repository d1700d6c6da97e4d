/** How long a restore waits for a lazily loaded page to grow tall enough to scroll to. */
const RESTORE_MS = 4000;

type Keyed = { scrollKey?: unknown } | null;

/**
 * Back and Forward return to where each page was scrolled. The browser's own restoration runs
 * at popstate, before the hash route has rendered (a demo loads lazily), so the page is still
 * short and the position is lost. Here every history entry gets a key in history.state; when
 * the page is left (popstate or hashchange, both before the new route renders) its scrollY is
 * kept under that key, and a popstate scrolls to the kept position once the page is tall
 * enough, unless the reader scrolls first. Returns the cleanup.
 */
export function rememberScroll(): () => void {
  history.scrollRestoration = 'manual';
  const kept = new Map<string, number>();
  let next = 0;
  const keyOf = (state: Keyed) => (typeof state?.scrollKey === 'string' ? state.scrollKey : null);
  const stamp = () => {
    const key = `${Date.now().toString(36)}-${next++}`;
    history.replaceState({ ...(history.state ?? {}), scrollKey: key }, '');
    return key;
  };
  let current = keyOf(history.state) ?? stamp();
  let frame = 0;
  const stopRestoring = () => cancelAnimationFrame(frame);

  const leave = () => kept.set(current, scrollY);
  const onpopstate = (e: PopStateEvent) => {
    leave();
    stopRestoring();
    const key = keyOf(e.state as Keyed);
    current = key ?? stamp();
    const y = key === null ? undefined : kept.get(key);
    if (y === undefined) return;
    const end = performance.now() + RESTORE_MS;
    // Held for the whole window, not just until first reached: a lazily loaded route can shrink the
    // page for a moment (its loading state replaces the old one), and the browser then clamps scrollY.
    const attempt = () => {
      if (Math.abs(scrollY - y) > 1) scrollTo(0, y);
      if (performance.now() < end) frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
  };
  // A link or a typed hash: a new entry (popstate, when there is one, has already run).
  const onhashchange = () => {
    if (keyOf(history.state) === current) return;
    stopRestoring(); // a new page: the old one's position no longer applies
    leave();
    current = keyOf(history.state) ?? stamp();
  };
  const userScroll = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  // Capture: at the window these run before the router's hashchange listener re-renders the page.
  addEventListener('popstate', onpopstate, { capture: true });
  addEventListener('hashchange', onhashchange, { capture: true });
  for (const t of userScroll) addEventListener(t, stopRestoring, { passive: true });
  return () => {
    stopRestoring();
    removeEventListener('popstate', onpopstate, { capture: true });
    removeEventListener('hashchange', onhashchange, { capture: true });
    for (const t of userScroll) removeEventListener(t, stopRestoring);
  };
}
