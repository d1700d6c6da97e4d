import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * `npm test`: type-check, unit tests, build, size budget, browser tests against the build.
 * Every step runs even if an earlier one failed (so one run shows everything), and the last
 * line is the plain total CI reads: "N passed, N failed".
 */
const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => resolve(root, 'node_modules/.bin', name);
const results = resolve(root, 'test-results');
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const summary: string[] = [];

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n=== ${label}: ${[cmd.replace(root + '/', ''), ...args].join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return ok;
}

/** A check that is one test: passes or fails as a whole. */
function check(label: string, cmd: string, args: string[]): boolean {
  const ok = run(label, cmd, args);
  if (ok) passed++;
  else failed++;
  return ok;
}

/** A vitest project: counts its own tests from the JSON report. */
function vitestProject(project: string): void {
  const out = resolve(results, `${project}.json`);
  const ok = run(`vitest ${project}`, bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A suite that crashed before running its tests still has to count as a failure.
    if (!ok && report.numFailedTests === 0) failed++;
  } catch {
    failed++;
  }
}

check('lint', 'npm', ['run', '--silent', 'lint']);
check('svelte-check', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings']);
check('tsc', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
vitestProject('unit');
const built = check('build', bin('vite'), ['build']);
if (built) {
  check('size budget', bin('tsx'), ['src/cli/size.ts']);
  // Same default as tests/e2e/browser.ts; a missing browser is one clear line, not a stack trace per test file.
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) vitestProject('e2e');
  else {
    failed++;
    summary.push(`FAIL browser tests: no Chromium at ${chromium}; install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
} else {
  failed += 2;
  summary.push('FAIL size budget and browser tests skipped: the build failed');
}

console.log('\n' + summary.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
