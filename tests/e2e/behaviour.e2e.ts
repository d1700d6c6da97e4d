import { describe, expect } from 'vitest';
import { screenshot, test } from './site';

const HEAVY = /tfjs|onnxruntime|ort[.-]|\.onnx|\.wasm/i;

describe('URL state', () => {
  test('clamps garbage params, shows a notice naming them, and rewrites the URL', async ({ site }) => {
    const w = await site.open('#/demo/bilinear?outSize=9999&mode=bogus&inSize=abc&junk=1&step=-4');
    const notice = w.page.locator('[data-notice]');
    await expect.poll(() => notice.textContent()).toMatch(/outSize=9999 is too large, set to max 32/);
    const text = (await notice.textContent())!;
    expect(text).toMatch(/mode="bogus"/);
    expect(text).toMatch(/inSize="abc"/);
    expect(text).toMatch(/unknown parameter "junk"/);
    expect(text).toMatch(/step=-4 is too small, set to min 0/);
    await expect.poll(() => w.page.url()).toMatch(/outSize=32/);
    expect(w.page.url()).not.toMatch(/bogus|junk/);
    await w.page.getByRole('button', { name: 'Dismiss notice' }).click();
    expect(await notice.count()).toBe(0);
  });

  test('writes a changed control back into the URL, and the link reproduces it', async ({ site }) => {
    const w = await site.open('#/demo/bilinear');
    await w.page.getByRole('button', { name: 'align_corners' }).click();
    await expect.poll(() => w.page.url()).toMatch(/mode=align_corners/);
    const w2 = await site.open(`#/${w.page.url().split('#/')[1]}`);
    expect(await w2.page.getByRole('button', { name: 'align_corners' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('presenter mode', () => {
  test('p enters, → advances a step into the URL, Esc leaves', async ({ site }) => {
    const w = await site.open('#/demo/bilinear');
    const root = w.page.locator('html');
    await w.page.keyboard.press('p');
    await expect.poll(() => root.getAttribute('class')).toMatch(/presenting/);
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.locator('[data-step]').getAttribute('data-step')).toBe('2');
    await expect.poll(() => w.page.url()).toMatch(/step=2/);
    expect(w.page.url()).toMatch(/present=1/);
    await screenshot(w, 'presenter-bilinear');
    await w.page.keyboard.press('ArrowLeft');
    await expect.poll(() => w.page.locator('[data-step]').getAttribute('data-step')).toBe('1');
    await w.page.keyboard.press('Escape');
    await expect.poll(() => root.getAttribute('class')).not.toMatch(/presenting/);
    await w.page.getByRole('button', { name: /Presenter mode/ }).click();
    await expect.poll(() => root.getAttribute('class')).toMatch(/presenting/);
  });
});

describe('look and budget', () => {
  test('renders dark when the system asks for it', async ({ site }) => {
    const w = await site.open('#/model-architecture', { colorScheme: 'dark' });
    const bg = await w.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(120);
    await screenshot(w, 'notebook-dark');
  });

  test('fits a 375 px phone without sideways scrolling', async ({ site }) => {
    for (const hash of ['#/', '#/metrics', '#/demo/bilinear']) {
      const w = await site.open(hash, { width: 375, height: 740 });
      const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, hash).toBeLessThanOrEqual(1);
      if (hash === '#/') await screenshot(w, 'home-phone');
    }
  });

  test('the home page and a text-only notebook load no tfjs, onnxruntime or model file', async ({ site }) => {
    const w = await site.open('#/');
    const requests: string[] = [];
    w.page.on('request', (r) => requests.push(r.url()));
    await w.page.goto(`${w.page.url().split('#')[0]}#/system-design`);
    await w.page.locator('[data-notebook="system-design"][data-state="ready"]').first().waitFor({ timeout: 60000 });
    const all = await w.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect([...all, ...requests].filter((u) => HEAVY.test(u))).toEqual([]);
  });

  test('the rail and its links work from the keyboard', async ({ site }) => {
    const w = await site.open('#/');
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Tab');
    const focused = await w.page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBeTruthy();
    const outline = await w.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

describe('bilinear demo', () => {
  test('hovering an output pixel previews its numbers in the formula; only a click or Enter selects it', async ({ site }) => {
    const w = await site.open('#/demo/bilinear?outSize=8&inSize=4');
    const grid = w.page.locator('[aria-label="align_corners output"]');
    const box = (await grid.boundingBox())!;
    await w.page.mouse.move(box.x + box.width - 2, box.y + box.height - 2);
    // align_corners maps the last output pixel exactly onto the last input pixel: source 3, weight 0.
    await expect.poll(() => w.page.locator('.formula').textContent()).toMatch(/xsrc for column 7 = 3\b/);
    await w.page.waitForTimeout(400); // past the URL writer's debounce
    expect(w.page.url()).not.toMatch(/mode=|px=|py=/);
    expect(await w.page.getByRole('button', { name: 'half_pixel', exact: true }).getAttribute('aria-pressed')).toBe('true');
    // Leaving the grid ends the preview: the selected convention and pixel are back.
    await w.page.mouse.move(0, 0);
    await expect.poll(() => w.page.locator('.formula').textContent()).toMatch(/xsrc for column 0 =/);
    await w.page.mouse.click(box.x + box.width - 2, box.y + box.height - 2);
    await expect.poll(() => w.page.url()).toMatch(/mode=align_corners/);
    expect(w.page.url()).toMatch(/px=7/);
    // From the keyboard: arrows move the preview, Enter selects.
    const half = w.page.locator('[aria-label="half_pixel output"]');
    await half.focus();
    await w.page.keyboard.press('ArrowRight');
    await w.page.waitForTimeout(400);
    expect(w.page.url()).toMatch(/mode=align_corners/);
    await w.page.keyboard.press('Enter');
    await expect.poll(() => w.page.url()).not.toMatch(/mode=/);
  });

  test('matches onnxruntime-web Resize in the page', async ({ site }) => {
    const w = await site.open('#/demo/bilinear?pattern=random&inSize=5&outSize=13');
    await w.page.getByRole('button', { name: /Check against onnxruntime/ }).click();
    await w.page.locator('[data-check-status="done"], [data-check-status="error"]').first().waitFor({ timeout: 60000 });
    const text = await w.page.locator('.reference-check output').textContent();
    expect(text).toMatch(/within tolerance/);
  });
});
