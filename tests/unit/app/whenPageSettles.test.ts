import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenPageSettles, type SettleClock } from '../../../src/app/offline/whenPageSettles';

/** A fake page: `load` fires when the test says, long tasks are reported when the test says. */
function fakePage(canObserve = true) {
  let fireLoad!: () => void;
  const loaded = new Promise<void>((r) => (fireLoad = r));
  const listeners = new Set<() => void>();
  const clock: SettleClock = {
    loaded: () => loaded,
    observeLongTasks: canObserve
      ? (onTask) => {
          listeners.add(onTask);
          return () => listeners.delete(onTask);
        }
      : null,
    setTimeout: (f, ms) => setTimeout(f, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  return { clock, fireLoad, longTask: () => listeners.forEach((f) => f()), listeners };
}

/** Resolves to whether `p` has settled after `ms` of fake time. */
async function settledAfter(p: Promise<void>, ms: number): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(ms);
  return done;
}

describe('whenPageSettles', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for load, then for the quiet window', async () => {
    const page = fakePage();
    const p = whenPageSettles(page.clock, 3000, 15000);
    expect(await settledAfter(p, 20000)).toBe(false); // no load yet: not even the cap runs
    page.fireLoad();
    expect(await settledAfter(p, 2999)).toBe(false);
    expect(await settledAfter(p, 1)).toBe(true);
    expect(page.listeners.size).toBe(0); // it stops observing once settled
  });

  it('a long task restarts the quiet window', async () => {
    const page = fakePage();
    page.fireLoad();
    const p = whenPageSettles(page.clock, 3000, 15000);
    expect(await settledAfter(p, 2000)).toBe(false);
    page.longTask();
    expect(await settledAfter(p, 2999)).toBe(false); // 4999 ms after load, but only 2999 ms quiet
    expect(await settledAfter(p, 1)).toBe(true);
  });

  it('a page that never goes quiet still settles at the cap', async () => {
    const page = fakePage();
    page.fireLoad();
    const p = whenPageSettles(page.clock, 3000, 15000);
    let elapsed = 0;
    while (elapsed < 14000) {
      expect(await settledAfter(p, 1000)).toBe(false);
      elapsed += 1000;
      page.longTask();
    }
    expect(await settledAfter(p, 1000)).toBe(true);
    expect(page.listeners.size).toBe(0);
  });

  it('where long tasks cannot be observed it waits the quiet window after load', async () => {
    const page = fakePage(false);
    page.fireLoad();
    const p = whenPageSettles(page.clock, 3000, 15000);
    expect(await settledAfter(p, 2999)).toBe(false);
    expect(await settledAfter(p, 1)).toBe(true);
  });
});
