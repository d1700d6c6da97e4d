import { describe, expect } from 'vitest';
import { test } from './site';

/**
 * The app's error boundary, driven by a fault we inject: while `__fail` is set, toggling the
 * `presenting` class (which the demo route does as it mounts) throws. That is an error inside
 * the boundary and outside any demo's own boundary, like the URL look-up crash it replaces.
 */
const FAULT = () => {
  const toggle = DOMTokenList.prototype.toggle;
  DOMTokenList.prototype.toggle = function (token: string, force?: boolean) {
    if (token === 'presenting' && (window as unknown as { __fail?: boolean }).__fail) throw new Error('injected fault');
    return toggle.call(this, token, force);
  };
};
const setFault = (on: boolean) => {
  (window as unknown as { __fail?: boolean }).__fail = on;
};

describe('the error boundary', () => {
  test('recovers when the route changes: the rail, other links and Try again work without a reload', async ({ site }) => {
    const w = await site.open('#/');
    await w.page.addInitScript(FAULT);
    await w.page.reload();
    await w.page.evaluate(setFault, true);
    await w.page.evaluate(() => (location.hash = '#/demo/bilinear'));
    const failed = w.page.locator('[role="alert"][data-state="error"]');
    await expect.poll(() => failed.textContent()).toMatch(/Something went wrong on this page.*injected fault/s);

    await w.page.evaluate(setFault, false);
    await w.page.locator('#rail a[href="#/demo/roi-align"]').click();
    await w.page.locator('[data-demo="roi-align"][data-state="ready"]').waitFor();
    expect(await failed.count()).toBe(0);

    await w.page.locator('#rail a[href="#/"]').click();
    await w.page.locator('.home').waitFor();
    await w.page.evaluate(setFault, true);
    await w.page.locator('#rail a[href="#/demo/vit-patching"]').click();
    await failed.waitFor();
    await w.page.locator('#rail a[href="#/"]').click();
    await w.page.locator('.home').waitFor();

    await w.page.locator('#rail a[href="#/demo/bilinear"]').click();
    await failed.waitFor();
    await w.page.evaluate(setFault, false);
    await w.page.getByRole('button', { name: 'Try again' }).click();
    await w.page.locator('[data-demo="bilinear"][data-state="ready"]').waitFor();
  });
});
