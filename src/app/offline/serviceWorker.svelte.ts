import type { Workbox } from 'workbox-window';
import { offlineList, pruneDataCaches } from './storeOffline';
import { browserSettleClock, whenPageSettles } from './whenPageSettles';

/**
 * The page's side of the service worker (built by pwaPlugin.ts): registers it once the page has
 * loaded and settled (whenPageSettles: its precache download would slow the first demo), says
 * when a new version is waiting, and moves to it only when the reader asks. Every tab reloads
 * once the new worker takes over, so no page keeps running old code against the new files.
 */
class ServiceWorkerState {
  /** A new version is installed and waits for the reader's "Reload". */
  waiting = $state(false);
  /** This page is served by the service worker: what it has loaded works offline. */
  controlled = $state(false);
  private wb: Workbox | undefined;

  async start(): Promise<void> {
    if (!('serviceWorker' in navigator)) return;
    const sw = navigator.serviceWorker;
    if (import.meta.env.DEV) {
      // A worker left on this origin by `vite preview` would answer the dev server's requests with stale files.
      for (const registration of await sw.getRegistrations()) await registration.unregister();
      return;
    }
    this.controlled = sw.controller !== null;
    sw.addEventListener('controllerchange', () => {
      // The first install only claims this page (same version); any later change is an update.
      const update = this.controlled;
      this.controlled = true;
      if (update) location.reload();
    });
    const { Workbox } = await import('workbox-window');
    const wb = new Workbox('./sw.js', { scope: './' });
    this.wb = wb;
    wb.addEventListener('waiting', () => (this.waiting = true));
    try {
      await whenPageSettles(browserSettleClock());
      await wb.register({ immediate: true }); // already after load: no second wait for it
    } catch (e) {
      // Not fatal: the site works online without it (and browser tests block it on purpose).
      console.warn(`service worker not registered: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    if (sw.controller) offlineList().then(pruneDataCaches, () => undefined);
    // A hash-routed page never navigates, so look for a new version when the reader comes back to it.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') wb.update().catch(() => undefined);
    });
  }

  /** The reader's click: the waiting worker takes over, and `controllerchange` reloads every tab. */
  update(): void {
    this.wb?.messageSkipWaiting();
  }
}

export const serviceWorker = new ServiceWorkerState();
