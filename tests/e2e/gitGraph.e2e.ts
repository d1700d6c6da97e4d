import { describe, expect } from 'vitest';
import { test } from './site';
import type { Site } from './site';

/** Opens the demo and waits until every panel has its first simulated result (the demo reports ready before that). */
async function drawn(site: Site, hash: string, opts?: Parameters<Site['open']>[1]) {
  const w = await site.open(hash, opts);
  await w.page.locator('[data-drawn]').waitFor({ timeout: 60000 });
  return w;
}

const root = '[data-demo="git-graph"]';

describe('git-graph demo', () => {
  test('reaches ready; a merge of the diverged history adds a merge commit and rewrites nothing', async ({ site }) => {
    const w = await drawn(site, '#/demo/git-graph');
    expect(await w.page.locator(root).getAttribute('data-state')).toBe('ready');
    const after = w.page.locator('.graph').nth(1);
    expect(await after.locator('.row').first().textContent()).toMatch(/^\*\s+c6 \(HEAD -> main\) Merge branch 'feature'$/);
    expect(await w.page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('merge');
  });

  test('rebasing what Alice built on duplicates C and D in her history; merging does not', async ({ site }) => {
    const w = await drawn(site, '#/demo/git-graph?op=rebase&colleague=1');
    expect(await w.page.locator('[data-duplicated]').getAttribute('data-duplicated')).toBe('args,validate');
    await w.page.getByRole('radio', { name: 'git merge', exact: true }).check();
    await expect.poll(() => w.page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('merge');
    expect(await w.page.locator('[data-duplicated]').getAttribute('data-duplicated')).toBe('');
    await expect.poll(() => w.page.url()).not.toMatch(/op=/);
  });

  test('commit lines are one tab stop: arrow keys move, focus reads the commit out', async ({ site }) => {
    const w = await drawn(site, '#/demo/git-graph');
    await w.page.locator('.graph').first().locator('.row').first().focus();
    await w.page.keyboard.press('ArrowDown');
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.getAttribute('data-commit'))).toBe('c4');
    expect(await w.page.locator('.graph').first().locator('.readout').textContent()).toMatch(/c4 “D: validate input”: parent c3; changes: validate/);
  });

  test('repairs hostile URL params and says what it fixed', async ({ site }) => {
    const w = await drawn(site, '#/demo/git-graph?op=octopus&start=x&colleague=maybe');
    const text = (await w.page.locator('[data-notice]').textContent())!;
    expect(text).toMatch(/op="octopus" is not one of/);
    expect(text).toMatch(/start="x" is not one of/);
    expect(text).toMatch(/colleague="maybe"/);
    expect(await w.page.locator(root).getAttribute('data-state')).toBe('ready');
  });

  test('presenter step 7 is the rebase Alice built on: C and D arrive twice in her history', async ({ site }) => {
    const w = await drawn(site, '#/demo/git-graph?step=7');
    await expect.poll(() => w.page.locator('[data-duplicated]').getAttribute('data-duplicated')).toBe('args,validate');
  });

  test('fits a 375 px phone without sideways scrolling, in dark mode', async ({ site }) => {
    const w = await drawn(site, '#/demo/git-graph?op=rebase&colleague=1', { width: 375, height: 800, colorScheme: 'dark' });
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(376);
  });
});
