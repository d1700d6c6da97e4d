import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect } from 'vitest';
import { settled, test, type Watched } from './site';
import { SANDBOX_CSP, SITE_CSP } from '../../src/app/csp';
import { DATA_CACHE } from '../../src/app/offline/dataFiles';
import { notebooks } from './catalogue';
import { nonEmpty } from '../nonEmpty';

/** Every test here allows the service worker (the fixture blocks it elsewhere) in its own fresh context. */
const SW = { serviceWorkers: 'allow' } as const;
const SW_FILE = resolve(import.meta.dirname, '../../dist/sw.js');

/** The first visit's worker has installed (precache complete), activated and claimed this page. */
async function controlled(w: Watched): Promise<void> {
  await w.page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 90000 });
}

/** A hash route in the same page, as a reader's click does (a new page would start a new context, without the worker). */
async function go(w: Watched, hash: string, ready: string): Promise<void> {
  await w.page.evaluate((h) => (location.hash = h), hash);
  await w.page.locator(ready).first().waitFor({ timeout: 60000 });
  await settled(w);
}

const demoReady = (id: string) => `[data-demo="${id}"][data-state="ready"]`;

/**
 * The yolo demo's model loaded and ran: its data-state is "ready" as soon as the image is drawn
 * (the model reports in its own panel), so only the session status and a result show that
 * onnxruntime started.
 */
async function modelRan(w: Watched): Promise<void> {
  await w.page.locator('[data-demo="yolo"] .yolo[data-model-status="ready"]:not([data-result=""])').waitFor({ timeout: 60000 });
}

/** Every URL in the data cache (models and wasm stored on first use). */
function dataCacheUrls(w: Watched): Promise<string[]> {
  return w.page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url), DATA_CACHE);
}

/** The Content-Security-Policy stored with the first cached response whose URL matches: offline, the worker serves these headers. */
function cachedCsp(w: Watched, url: RegExp): Promise<string | null | undefined> {
  return w.page.evaluate(async (source) => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys())
        if (new RegExp(source).test(request.url)) return (await cache.match(request))?.headers.get('content-security-policy');
    }
    return undefined;
  }, url.source);
}

describe('offline and installable', () => {
  test('after one visit every notebook, the search and a demo used before work with the network off', async ({ site }) => {
    const w = await site.open('#/', SW);
    await controlled(w);
    await go(w, '#/demo/yolo', demoReady('yolo'));
    await modelRan(w); // its model and onnxruntime's wasm went through the worker's data route
    // The worker writes a file to the cache while the page already uses it (14 MB of wasm takes a moment): wait for both.
    await expect
      .poll(async () => (await dataCacheUrls(w)).filter((u) => /\/yolo-tiny-[\w-]+\.onnx$/.test(u) || /\/ort-wasm[\w-]*\.wasm$/.test(u)).length, {
        timeout: 60000,
      })
      .toBe(2);
    await w.page.context().setOffline(true);
    await w.page.reload(); // the shell itself now comes from the precache
    await settled(w);
    // The stored headers come along: the strict CSP, the sandbox worker's own one, and cross-origin isolation.
    expect(await cachedCsp(w, /\/index\.html/)).toBe(SITE_CSP);
    expect(await cachedCsp(w, /\/assets\/sandbox\.worker-[\w-]+\.js$/)).toBe(SANDBOX_CSP);
    expect(await w.page.evaluate(() => crossOriginIsolated)).toBe(true);
    for (const slug of nonEmpty(notebooks, 'notebook list')) {
      await go(w, `#/${slug}`, `[data-notebook="${slug}"][data-state="ready"]`);
      expect(await w.page.locator('.cell-question').count(), slug).toBeGreaterThan(0);
    }
    await w.page.locator('input[type="search"]').fill('overlap-tile strategy mirroring');
    expect(await w.page.locator('#search-results a').first().getAttribute('href', { timeout: 30000 })).toMatch(/^#\/[\w-]+\/[\w-]+$/);
    await go(w, '#/demo/yolo', demoReady('yolo'));
    await modelRan(w); // offline, from the cache: the model, onnxruntime's wasm, and a detection run
  });

  test('"Make available offline" fills its progress bar, then a never-visited model demo works offline', async ({ site }) => {
    const w = await site.open('#/', SW);
    await controlled(w);
    const section = w.page.locator('section.offline');
    const button = section.getByRole('button', { name: 'Make available offline' });
    await button.focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => section.getAttribute('data-offline')).toBe('running');
    await w.page.waitForFunction(() => document.querySelector('section.offline')?.getAttribute('data-offline') !== 'running', undefined, { timeout: 120000 });
    expect(await section.getAttribute('data-offline')).toBe('done');
    const bar = section.locator('progress');
    expect(await bar.evaluate((p: HTMLProgressElement) => p.value === p.max && p.max > 1e6)).toBe(true);
    expect(await section.getByRole('status').textContent()).toMatch(/Done: all \d+ files are stored/);
    process.stderr.write(`offline store: ${await section.locator('.bar span').textContent()}\n`);
    await w.page.context().setOffline(true);
    await go(w, '#/demo/clip', demoReady('clip'));
    // Its data-state says the page is drawn; the shipped panel says both encoders loaded and answered.
    await w.page.locator('[data-demo="clip"] [data-shipped-status="ready"]').first().waitFor({ timeout: 60000 });
  });

  test('offline, a model demo whose files are not stored says so in plain words, and Retry works once back online', async ({ site }) => {
    const w = await site.open('#/', SW);
    await controlled(w);
    const context = w.page.context();
    const error = w.page.locator('[data-demo="yolo"][data-state="error"] .demo-error');
    // Nothing stored: the model's own download is what fails first.
    await context.setOffline(true);
    await go(w, '#/demo/yolo', '[data-demo="yolo"][data-state="error"]');
    expect(await error.textContent()).toMatch(
      /You are offline and the model file yolo-tiny-[\w-]+\.onnx is not stored yet: connect once, or use “Make available offline”/,
    );
    // The model stored (read through the worker) but not onnxruntime's wasm: the case a reader meets who left
    // the yolo demo before its model had started. onnxruntime must not start at all (its emscripten would log
    // four errors and abort, and refuse every later start in this page).
    await context.setOffline(false);
    await w.page.evaluate(async () => {
      const files: { url: string }[] = await (await fetch('offline-files.json')).json();
      await (await fetch(files.find((f) => /yolo-tiny-/.test(f.url))!.url)).arrayBuffer();
    });
    await expect.poll(async () => (await dataCacheUrls(w)).some((u) => /\/yolo-tiny-[\w-]+\.onnx$/.test(u)), { timeout: 30000 }).toBe(true);
    expect((await dataCacheUrls(w)).some((u) => /\.wasm$/.test(u))).toBe(false);
    await context.setOffline(true);
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => error.textContent(), { timeout: 30000 }).toMatch(/You are offline and onnxruntime's WebAssembly is not stored yet/);
    // Back online, the same page starts onnxruntime: the failed check left nothing behind.
    await context.setOffline(false);
    await error.getByRole('button', { name: 'Retry' }).click();
    await modelRan(w);
  });

  test('a new version waits with a "Reload" banner and takes over only on the click', async ({ site }) => {
    const w = await site.open('#/', SW);
    await controlled(w);
    // A deploy, honestly: the server now sends a sw.js with other bytes (the same precache list, one quote changed).
    // Same length, because `vite preview` (sirv) keeps each file's size from startup; restored whatever happens.
    const before = readFileSync(SW_FILE, 'utf8');
    const next = before.replace('"use strict"', "'use strict'");
    expect(next).not.toBe(before);
    writeFileSync(SW_FILE, next);
    try {
      await w.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    } finally {
      writeFileSync(SW_FILE, before);
    }
    const banner = w.page.getByRole('status').filter({ hasText: 'A new version is available' });
    await banner.waitFor({ timeout: 60000 });
    // Waiting, not active: the page still runs on the worker that served it.
    expect(await w.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting !== null)).toBe(true);
    const reloaded = w.page.waitForEvent('load', { timeout: 60000 });
    await banner.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await settled(w);
    expect(await w.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting)).toBeNull();
    expect(await w.page.locator('[data-update-reload]').count()).toBe(0);
  });
});
