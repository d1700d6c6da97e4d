import { describe, expect } from 'vitest';
import { test } from './site';

/** Issue 9's CLIP defects (items 7, 8 and 15): your prompts in the URL, the 2–6 line rule said out loud, long words, the slider's end. */
describe('clip prompts and controls', () => {
  test('your prompts live in the URL and come back after a reload', async ({ site }) => {
    const w = await site.open('#/demo/clip?prompts=custom');
    await w.page.getByLabel(/Your prompts/).fill('a red circle\na blue square & <b>x</b>');
    await expect.poll(() => w.page.url()).toMatch(/custom=a(\+|%20)red(\+|%20)circle%0Aa(\+|%20)blue(\+|%20)square(\+|%20)%26/);
    const url = w.page.url();
    await w.page.goto('about:blank');
    await w.page.goto(url);
    await expect.poll(() => w.page.getByLabel(/Your prompts/).inputValue()).toBe('a red circle\na blue square & <b>x</b>');
    // Rendered as text, never as markup.
    expect(await w.page.locator('.zero-shot b:text-is("x")').count()).toBe(0);
  });

  test('an empty box and a single line say what is missing instead of waiting forever', async ({ site }) => {
    const w = await site.open('#/demo/clip?prompts=custom');
    const box = w.page.getByLabel(/Your prompts/);
    await box.fill('');
    await expect.poll(() => w.page.locator('[data-prompt-problem="blocking"]').textContent()).toMatch(/empty: type 2–6 prompts/);
    expect(await w.page.locator('.zero-shot').textContent()).not.toMatch(/Embedding the prompts/);
    await box.fill('a red circle');
    await expect.poll(() => w.page.locator('[data-prompt-problem="blocking"]').textContent()).toMatch(/One prompt is not a classifier/);
    expect(await w.page.locator('[aria-label="Zero-shot predictions"]').count()).toBe(0);
  });

  test('a seventh and eighth line are listed as left out, not cut silently', async ({ site }) => {
    const w = await site.open('#/demo/clip?prompts=custom');
    const lines = ['a red circle', 'a blue circle', 'a green circle', 'a yellow circle', 'a purple circle', 'a red square', 'a blue square', 'a green square'];
    await w.page.getByLabel(/Your prompts/).fill(lines.join('\n'));
    await expect.poll(() => w.page.locator('[data-prompt-problem="partial"]').textContent()).toMatch(/2 more left out: “a blue square”, “a green square”/);
    await w.page.locator('[aria-label="Zero-shot predictions"] li').first().waitFor({ timeout: 60000 });
    expect(await w.page.locator('.zero-shot .classes > li').count()).toBe(6);
  });

  test('a 5,000-character prompt word does not widen the page', async ({ site }) => {
    const w = await site.open('#/demo/clip?prompts=custom', { width: 375, height: 740 });
    await w.page.getByLabel(/Your prompts/).fill(`a red circle\n${'y'.repeat(5000)}`);
    await w.page.locator('.zero-shot .chip.unk').first().waitFor();
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });

  test('the logit-scale slider reaches 100 from the keyboard and by dragging to its end', async ({ site }) => {
    const w = await site.open('#/demo/clip?learned=0&scale=50');
    const slider = w.page.getByLabel(/Logit scale exp\(t\)/);
    await slider.focus();
    await w.page.keyboard.press('End');
    await expect.poll(() => w.page.url()).toMatch(/scale=100\b/);
    await w.page.keyboard.press('Home');
    await expect.poll(() => w.page.url()).toMatch(/scale=1\b/);
    await slider.scrollIntoViewIfNeeded(); // mouse coordinates are the viewport's: the slider must be on screen
    const box = (await slider.boundingBox())!;
    await w.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.mouse.down();
    // Past the track's end, but inside the window: Chromium drops pointer moves outside the viewport.
    const right = Math.min(box.x + box.width + 40, w.page.viewportSize()!.width - 1);
    await w.page.mouse.move(right, box.y + box.height / 2, { steps: 5 });
    await w.page.mouse.up();
    await expect.poll(() => w.page.url()).toMatch(/scale=100\b/);
  });
});
