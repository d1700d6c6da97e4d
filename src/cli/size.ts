import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript budget of text-only pages, measured on the build: the entry chunk and its
 * static imports, plus the largest notebook chunk (a text-only page loads exactly that).
 * Anything heavy (tfjs, onnxruntime-web, models) must stay out of that closure.
 */
export const BUDGET_KB = 120;
const HEAVY = /tfjs|onnxruntime|ort[.-]|\.onnx$|\.wasm$/i;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
}

export function measure(dist = resolve(import.meta.dirname, '../../dist')) {
  const manifest: Record<string, ManifestChunk> = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8'));
  const gz = (file: string) => gzipSync(readFileSync(resolve(dist, file))).length;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const k of manifest[key].imports ?? []) visit(k);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const shell = [...seen].map((k) => manifest[k].file);
  const notebooks = Object.values(manifest).filter((c) => c.src?.startsWith('../notebooks/') || /notebooks\/\d\d-/.test(c.src ?? ''));
  const largest = notebooks.map((c) => ({ file: c.file, bytes: gz(c.file) })).sort((a, b) => b.bytes - a.bytes)[0];
  const shellBytes = shell.reduce((a, f) => a + gz(f), 0);
  const total = shellBytes + (largest?.bytes ?? 0);
  return {
    shell,
    shellKb: shellBytes / 1024,
    largestNotebook: largest?.file,
    largestNotebookKb: (largest?.bytes ?? 0) / 1024,
    totalKb: total / 1024,
    heavy: shell.filter((f) => HEAVY.test(f)),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const root = resolve(import.meta.dirname, '../..');
  // A fresh clone has no dist/: build it rather than fail on a missing manifest.
  if (!existsSync(resolve(root, 'dist/.vite/manifest.json'))) {
    console.log('no build in dist/ yet: running vite build first');
    const b = spawnSync(resolve(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (b.status !== 0) process.exit(b.status ?? 1);
  }
  const m = measure();
  console.log(`shell JS: ${m.shellKb.toFixed(1)} kB gzip (${m.shell.length} files)`);
  console.log(`largest notebook chunk: ${m.largestNotebook} ${m.largestNotebookKb.toFixed(1)} kB gzip`);
  console.log(`text-only page total: ${m.totalKb.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`);
  if (m.heavy.length) console.log(`heavy modules in the shell: ${m.heavy.join(', ')}`);
  process.exit(m.totalKb <= BUDGET_KB && m.heavy.length === 0 ? 0 : 1);
}
