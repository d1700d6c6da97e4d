import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { watchedPage, type Watched } from './browser';
import { ORIGIN } from './server';

export { ORIGIN };
export const ARTIFACTS = resolve(import.meta.dirname, '../../test-results');
mkdirSync(ARTIFACTS, { recursive: true });

/** Opens a hash route and waits until every `data-state` on the page has settled. */
export async function open(browser: Browser, hash: string, opts: Parameters<typeof watchedPage>[2] = {}): Promise<Watched> {
  const w = await watchedPage(browser, ORIGIN, opts);
  await w.page.goto(`${ORIGIN}/${hash}`);
  await settled(w);
  return w;
}

export async function settled(w: Watched, timeout = 60000): Promise<void> {
  await w.page.waitForFunction(
    () => {
      const states = [...document.querySelectorAll('[data-state]')].map((e) => e.getAttribute('data-state'));
      // Code cells and exercises rest in idle (never run) or in how their last run ended.
      const resting = ['ready', 'error', 'idle', 'done', 'passed', 'failed', 'timeout'];
      return states.length > 0 && states.every((s) => resting.includes(s ?? ''));
    },
    undefined,
    { timeout },
  );
}

/** No console error, no uncaught error, no request leaving the page's origin. */
export function expectClean(w: Watched): void {
  expect(w.pageErrors, 'page errors').toEqual([]);
  expect(w.consoleErrors, 'console errors').toEqual([]);
  expect(w.foreignRequests, 'requests outside the origin').toEqual([]);
}

export async function states(w: Watched): Promise<(string | null)[]> {
  return w.page.locator('[data-state]').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
}

export async function screenshot(w: Watched, name: string): Promise<void> {
  await w.page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
}
