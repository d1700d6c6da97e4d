import type { Page } from 'playwright-core';

/** Waits until the live run in `selector` has ended (done, stopped, diverged or error) and returns how. */
export async function runEnd(page: Page, selector: string, timeout = 240000): Promise<string> {
  await page.waitForFunction(
    (sel) => ['done', 'stopped', 'diverged', 'error'].includes(document.querySelector(sel)?.getAttribute('data-run-status') ?? ''),
    selector,
    { timeout },
  );
  return (await page.locator(selector).getAttribute('data-run-status'))!;
}
