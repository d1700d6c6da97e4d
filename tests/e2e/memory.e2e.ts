import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test } from './site';
import { demoIds } from './catalogue';
import { nonEmpty } from '../nonEmpty';

const VISITS = 10;
// After a warm-up visit (templates, image caches and sessions created once), each further
// visit must give back what it took. A demo left behind is hundreds of nodes and tens of
// listeners per visit (over a thousand nodes in ten); the slack allows GC timing and the odd cached
// node, not one demo. Under a load average of ~25 runs have kept 97–187 detached nodes (listeners
// flat) for demos that are flat when re-run, so the node slack is 200 and the listener one stays sharp.
const SLACK = { nodes: 200, jsEventListeners: 6 };

/** One round trip home → demo → home by in-app navigation, waiting until the demo (and its model, if any) has drawn. */
async function visit(page: Page, id: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), `#/demo/${id}`);
  // Locators, not element handles: a handle would keep the detached demo alive by itself.
  await page.locator(`[data-demo="${id}"][data-state="ready"]`).waitFor();
  await page.waitForFunction(() => {
    const m = document.querySelector('[data-model-status]');
    return !m || m.getAttribute('data-result') !== '';
  });
  await page.evaluate(() => (location.hash = '#/'));
  await page.locator('.home').waitFor();
}

describe('visiting a demo again and again', () => {
  test.for(nonEmpty(demoIds, 'demo list'))(`%s: ${VISITS} more visits keep DOM nodes and listeners flat (Memory.getDOMCounters)`, async (id, { site }) => {
    const w = await site.open('#/');
    const cdp = await w.page.context().newCDPSession(w.page);
    const counters = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return cdp.send('Memory.getDOMCounters');
    };
    await visit(w.page, id);
    const before = await counters();
    for (let i = 0; i < VISITS; i++) await visit(w.page, id);
    const after = await counters();
    console.log(`${id}: nodes ${before.nodes} → ${after.nodes}, listeners ${before.jsEventListeners} → ${after.jsEventListeners} over ${VISITS} visits`);
    expect(after.nodes - before.nodes).toBeLessThanOrEqual(SLACK.nodes);
    expect(after.jsEventListeners - before.jsEventListeners).toBeLessThanOrEqual(SLACK.jsEventListeners);
    expect(w.page.url()).toMatch(/#\/$/); // no late URL write bounced the last navigation back to the demo
  });
});
