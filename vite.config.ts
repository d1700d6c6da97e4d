import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { notebooksPlugin } from './src/notebook/vitePlugin.ts';
import { cspPlugin } from './src/app/csp.ts';
import { pwaPlugin } from './src/app/offline/pwaPlugin.ts';

const here = import.meta.dirname;
// Threaded onnxruntime-web needs SharedArrayBuffer, which needs cross-origin isolation.
const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

export default defineConfig({
  root: resolve(here, 'src'),
  publicDir: resolve(here, 'public'),
  base: './',
  // configFile: false: the options live here, and Vite would otherwise note the missing svelte.config.js on every command.
  plugins: [svelte({ configFile: false }), notebooksPlugin(resolve(here, 'notebooks')), cspPlugin(), pwaPlugin()],
  server: { headers: isolation, fs: { allow: [here] } },
  preview: { headers: isolation },
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // A shipped model's files (weights, topology, card) stay files, whatever their size: a worker's CSP refuses
    // data: URLs, a card link must open as a page, and the offline cache stores them by URL.
    assetsInlineLimit: (file) => (file.startsWith(resolve(here, 'models') + '/') ? false : undefined),
  },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['onnxruntime-web'] },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', root: here, include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: here,
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/server.ts'],
          testTimeout: 120000,
          hookTimeout: 60000,
          // A page's state settles in its own time on a loaded CI machine: expect.poll waits up to 10 s, not 1 s.
          expect: { poll: { timeout: 10000 } },
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: { name: 'bench', root: here, include: ['tests/bench/**/*.bench.ts'], environment: 'node', testTimeout: 600000 },
      },
    ],
  },
});
