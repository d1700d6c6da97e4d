import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { launch } from 'chrome-launcher';
import { demos } from '../notebook/registry';
import { waitForServer } from './waitForServer';
import { lighthouseTable, lighthouseVerdict, type RouteScores } from './lighthouseVerdict';

/**
 * `npm run lighthouse`: the built site (built first when dist/ is missing) served by `vite preview`,
 * so the CSP and isolation headers apply, audited by Lighthouse's desktop preset in Debian's Chromium
 * on home and every registered demo route. Prints a table; exits 1 when any route misses a threshold.
 * Not part of `npm test`: it takes minutes and its timings depend on the machine.
 * LIGHTHOUSE_PORT (default 4399) and CHROMIUM_PATH (default /usr/bin/chromium) override the defaults.
 */
const root = resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4399);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const every = ['#/', ...Object.keys(demos).map((id) => `#/demo/${id}`)];
// `npm run lighthouse -- clip yolo` audits only the routes naming one of the words (for fixing one page).
const only = process.argv.slice(2);
const REPORTS = resolve(root, 'test-results/lighthouse');
const routes = only.length ? every.filter((r) => only.some((w) => r.includes(w))) : every;

/** Lighthouse's 0-1 category score as the 0-100 it shows; a category it could not score counts as 0. */
const score = (s: number | null | undefined) => Math.round((s ?? 0) * 100);

async function audit(port: number, route: string): Promise<RouteScores> {
  const run = () => lighthouse(`${ORIGIN}/${route}`, { port, output: 'json', logLevel: 'error' }, desktopConfig);
  let result = await run();
  // On a loaded machine Chromium now and then loses the trace's start (NO_NAVSTART) and every metric is
  // missing; one more run usually records it. A second failure is reported as it is (performance 0).
  if (result?.lhr.runtimeError) result = await run();
  if (!result) throw new Error(`lighthouse returned nothing for ${route}`);
  // The full report beside the browser tests' artifacts: which tasks blocked, which audit failed and why.
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(resolve(REPORTS, `${route.replace(/[^\w-]+/g, '_').replace(/^_|_$/g, '') || 'home'}.json`), JSON.stringify(result.lhr));
  const { categories: c, audits } = result.lhr;
  const failing = [c.accessibility, c['best-practices']]
    .flatMap((cat) => cat.auditRefs)
    .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score! < 1)
    .map((ref) => ref.id)
    .concat(result.lhr.runtimeError ? [`lighthouse error ${result.lhr.runtimeError.code}`] : []);
  return {
    route,
    performance: score(c.performance.score),
    tbtMs: audits['total-blocking-time'].numericValue ?? NaN,
    accessibility: score(c.accessibility.score),
    bestPractices: score(c['best-practices'].score),
    seo: score(c.seo.score),
    failing,
  };
}

if (!existsSync(resolve(root, 'dist/index.html'))) {
  console.log('no build in dist/ yet: running vite build first');
  const b = spawnSync(resolve(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const server = spawn(resolve(root, 'node_modules/.bin/vite'), ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
  cwd: root,
  stdio: 'ignore',
});
const rows: RouteScores[] = [];
let chrome: Awaited<ReturnType<typeof launch>> | undefined;
try {
  await waitForServer(`${ORIGIN}/`, 20000);
  chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox'] });
  for (const route of routes) {
    const r = await audit(chrome.port, route);
    rows.push(r);
    console.log(`${route}: performance ${r.performance}, TBT ${Math.round(r.tbtMs)} ms`);
  }
} finally {
  await chrome?.kill();
  server.kill('SIGTERM');
}
console.log(`\n${lighthouseTable(rows)}`);
process.exit(rows.length === routes.length && rows.every((r) => lighthouseVerdict(r).length === 0) ? 0 : 1);
