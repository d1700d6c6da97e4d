import { parseHash, type Route } from './route';

const pathOf = (hash: string) => hash.replace(/^#/, '').split('?', 1)[0];

/** The current route, read from location.hash on real navigations (hashchange). */
export class Router {
  route: Route = $state(parseHash(location.hash));

  constructor() {
    addEventListener('hashchange', () => (this.route = parseHash(location.hash)));
  }

  /**
   * Rewrites the URL's query without a navigation or history entry (used for demo state).
   * Only while the URL still shows the same page: a late write must never undo a navigation
   * that happened since (the hash has already changed, its hashchange not yet handled).
   */
  replace(hash: string): void {
    if (location.hash === hash || pathOf(location.hash) !== pathOf(hash)) return;
    history.replaceState(history.state, '', hash);
  }
}

/** Calls `fn` at most once per `ms`, with the latest arguments (trailing edge); `cancel` drops a pending call. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): ((...args: A) => void) & { cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const call = (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  return Object.assign(call, { cancel: () => clearTimeout(timer) });
}
