import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, quiet on a closed network (no downloaded browser, ever). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

export interface Watched {
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

export interface PageOptions {
  colorScheme?: 'light' | 'dark';
  width?: number;
  height?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  /** Blocked unless a test is about offline use: a service worker would precache ~15 MB in every test and answer from its cache. */
  serviceWorkers?: 'allow' | 'block';
}

/** A page that records console errors, uncaught errors and any request leaving `origin`. */
export async function watchedPage(browser: Browser, origin: string, opts: PageOptions = {}): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    colorScheme: opts.colorScheme ?? 'light',
    reducedMotion: opts.reducedMotion ?? 'no-preference',
    serviceWorkers: opts.serviceWorkers ?? 'block',
  });
  const page = await context.newPage();
  const w: Watched = { page, consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => w.pageErrors.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) w.foreignRequests.push(u);
  });
  return w;
}
