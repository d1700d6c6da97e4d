import { parseHash, type Route } from './route';

/** The current route, read from location.hash on real navigations (hashchange). */
export class Router {
  route: Route = $state(parseHash(location.hash));

  constructor() {
    addEventListener('hashchange', () => (this.route = parseHash(location.hash)));
  }

  /** Rewrites the URL without a navigation or history entry (used for demo state). */
  replace(hash: string): void {
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }
}

/** Calls `fn` at most once per `ms`, with the latest arguments (trailing edge). */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
