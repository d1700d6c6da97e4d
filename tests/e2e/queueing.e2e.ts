import { describe, expect } from 'vitest';
import { screenshot, test } from './site';

const root = '[data-demo="queueing"]';

describe('queueing demo', () => {
  test('reaches ready with the latency sweep, Little’s law and the closed-form check drawn, no console error', async ({ site }) => {
    const w = await site.open('#/demo/queueing');
    expect(await w.page.locator(root).getAttribute('data-state')).toBe('ready');
    await expect.poll(() => w.page.locator('.latency .check').getAttribute('data-check'), { timeout: 30000 }).toMatch(/^\d+\/11$/);
    const [inside] = (await w.page.locator('.latency .check').getAttribute('data-check'))!.split('/').map(Number);
    expect(inside).toBeGreaterThanOrEqual(8); // 11 independent 95% intervals: 7 or fewer hits has probability 0.15%
    // Little: L and λW are both printed; at ρ = 0.8 on one 10 ms server L ≈ 4.
    const little = Number(await w.page.locator('[data-little]').getAttribute('data-little'));
    expect(little).toBeGreaterThan(3.4);
    expect(little).toBeLessThan(4.6);
    await screenshot(w, 'queueing');
  });
});
