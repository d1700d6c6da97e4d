import type { Watched } from './browser';
import { ORIGIN, settled } from './site';

/**
 * Shows `route` in a page that walks many routes: the first visit loads the site (with `query`, the
 * part before the `#`, e.g. `?palette=safe`), later ones change only the hash, so the app loads once
 * per page instead of once per route. Resolves when every `data-state` on the new view has settled.
 */
export async function visit(w: Watched, route: string, query = ''): Promise<void> {
  if (w.page.url() === 'about:blank') await w.page.goto(`${ORIGIN}/${query}${route}`);
  else {
    await w.page.evaluate((h) => (location.hash = h), route);
    // Let the router swap the view before asking whether the new one has settled.
    await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  await settled(w);
}
