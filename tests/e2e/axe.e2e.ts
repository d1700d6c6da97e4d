import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, describe, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { watchedPage, type Watched } from './browser';
import { routes } from './catalogue';
import { ORIGIN, expectClean, test } from './site';
import { visit } from './walk';

/**
 * axe-core (WCAG 2.0/2.1, levels A and AA) on every route in both colour schemes. One page per
 * scheme walks every route by hash, so the app loads twice, not seventy times. axe is evaluated
 * through the DevTools protocol (page.evaluate of its source), which the site's CSP does not govern;
 * an injected <script> would be blocked by `script-src 'self'`.
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const schemes = ['light', 'dark'] as const;
type Scheme = (typeof schemes)[number];
/**
 * With the colour-blind-safe palette (`?palette=safe`): the routes that draw most with its colours,
 * series and class colours as text, badges and marks, heatmaps and confusion matrices, syntax colours.
 */
const SAFE_ROUTES = [
  '#/',
  '#/segmentation-detection',
  '#/demo/yolo',
  '#/demo/unet',
  '#/demo/registration',
  '#/demo/detection-metrics',
  '#/demo/queueing',
  '#/demo/minimizers',
  '#/demo/git-graph',
];

/**
 * Violations still open, as `scheme route rule` (scheme `*` for both). Every other route must be clean,
 * so any new violation fails; remove an entry when its fix lands.
 */
const OPEN = new Set<string>([]);

interface Found {
  id: string;
  impact: string | null;
  count: number;
  target: string;
}

const pages = new Map<string, Promise<Watched>>();
function pageFor(browser: Browser, scheme: Scheme, query = ''): Promise<Watched> {
  let p = pages.get(scheme + query);
  if (!p) {
    p = watchedPage(browser, ORIGIN, { colorScheme: scheme });
    pages.set(scheme + query, p);
  }
  return p;
}
afterAll(async () => {
  for (const p of pages.values()) expectClean(await p);
});

async function axe(w: Watched): Promise<Found[]> {
  if (!(await w.page.evaluate(() => 'axe' in window))) await w.page.evaluate(AXE);
  return w.page.evaluate(async (values) => {
    interface AxeViolation {
      id: string;
      impact: string | null;
      nodes: { target: unknown[] }[];
    }
    const { axe } = window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } };
    const r = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length, target: JSON.stringify(v.nodes[0]?.target ?? []) }));
  }, TAGS);
}

describe('axe-core finds no WCAG 2.1 A/AA violation on any route', () => {
  for (const scheme of schemes) {
    test.for(routes)(`${scheme}: %s`, async (route, { browser }) => {
      const w = await pageFor(browser, scheme);
      await visit(w, route);
      const found = await axe(w);
      for (const f of found) console.error(`axe ${scheme} ${route} ${f.id} ${f.impact} x${f.count} ${f.target}`);
      const open = (id: string) => OPEN.has(`${scheme} ${route} ${id}`) || OPEN.has(`* ${route} ${id}`);
      expect(found.filter((f) => !open(f.id)).map((f) => `${f.id} x${f.count} ${f.target}`)).toEqual([]);
    });
  }
});

describe('axe-core finds no WCAG 2.1 A/AA violation with the colour-blind-safe palette on', () => {
  for (const scheme of schemes) {
    test.for(SAFE_ROUTES)(`${scheme}, palette=safe: %s`, async (route, { browser }) => {
      const w = await pageFor(browser, scheme, '?palette=safe');
      await visit(w, route, '?palette=safe');
      expect(await w.page.evaluate(() => document.documentElement.dataset.palette)).toBe('safe');
      const found = await axe(w);
      for (const f of found) console.error(`axe ${scheme} safe ${route} ${f.id} ${f.impact} x${f.count} ${f.target}`);
      expect(found.map((f) => `${f.id} x${f.count} ${f.target}`)).toEqual([]);
    });
  }
});
