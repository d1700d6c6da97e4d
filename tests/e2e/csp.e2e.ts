import { describe, expect } from 'vitest';
import { ORIGIN, test } from './site';
import { SANDBOX_CSP, SITE_CSP } from '../../src/app/csp';

describe('Content-Security-Policy', () => {
  test('the built site is served with the strict policy (no inline script, connect-src self), robots.txt beside it', async () => {
    const res = await fetch(`${ORIGIN}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(SITE_CSP);
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'(;|$)/);
    expect(csp).toMatch(/connect-src 'self'(;|$)/);
    expect(/script-src[^;]*'unsafe-inline'/.test(csp)).toBe(false);
    expect((await fetch(`${ORIGIN}/robots.txt`)).status).toBe(200);
  });

  test('only the code-cell sandbox worker may evaluate code, and it may connect nowhere', async () => {
    const res = await fetch(`${ORIGIN}/assets/sandbox.worker-abc123.js`);
    expect(res.headers.get('content-security-policy')).toBe(SANDBOX_CSP);
    expect(SANDBOX_CSP).toMatch(/connect-src 'none'/);
  });

  test('a violation is blocked and reported: an injected inline script does not run and the page says so', async ({ site }) => {
    site.allowConsoleError(/Content Security Policy|CSP violation/);
    const w = await site.open('#/');
    const ran = await w.page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      const reported = new Promise((r) => document.addEventListener('securitypolicyviolation', () => r(true), { once: true }));
      document.body.append(s);
      await reported;
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => w.consoleErrors.some((m) => /CSP violation: script-src/.test(m))).toBe(true);
  });
});
