import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test as base } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchedPage, type PageOptions, type Watched } from './browser';
import { ORIGIN } from './server';

export { ORIGIN };
export type { Watched };
export const ARTIFACTS = resolve(import.meta.dirname, '../../test-results');
mkdirSync(ARTIFACTS, { recursive: true });

/** What a browser test gets: pages it opens are closed and checked for it, whatever happens. */
export interface Site {
  /** Opens a hash route in a fresh page and waits until every `data-state` on it has settled. */
  open(hash: string, opts?: PageOptions): Promise<Watched>;
  /** A console error this test provokes on purpose; any other still fails the test. */
  allowConsoleError(pattern: RegExp): void;
}

/**
 * The browser-test fixture. One Chromium per file; per test, `site.open` pages that are always
 * closed after the test (passed or failed) and always checked for console errors, uncaught
 * errors and requests leaving the origin. No test closes a page or calls `expectClean` by hand.
 */
export const test = base.extend<{ site: Site; browser: Browser }>({
  browser: [
    // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const browser = await launch();
      await use(browser);
      await browser.close();
    },
    { scope: 'file' },
  ],
  site: async ({ browser }, use) => {
    const pages: Watched[] = [];
    const allowed: RegExp[] = [];
    await use({
      open: async (hash, opts) => {
        const w = await watchedPage(browser, ORIGIN, opts);
        pages.push(w);
        await w.page.goto(`${ORIGIN}/${hash}`);
        await settled(w);
        return w;
      },
      allowConsoleError: (pattern) => allowed.push(pattern),
    });
    await Promise.all(pages.map((w) => w.page.context().close()));
    for (const w of pages) expectClean(w, allowed);
  },
});

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

/** No console error (other than `allowed`), no uncaught error, no request leaving the page's origin. */
export function expectClean(w: Watched, allowed: RegExp[] = []): void {
  expect(w.pageErrors, 'page errors').toEqual([]);
  expect(
    w.consoleErrors.filter((m) => !allowed.some((re) => re.test(m))),
    'console errors',
  ).toEqual([]);
  expect(w.foreignRequests, 'requests outside the origin').toEqual([]);
}

export async function states(w: Watched): Promise<(string | null)[]> {
  return w.page.locator('[data-state]').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
}

export async function screenshot(w: Watched, name: string): Promise<void> {
  await w.page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
}
