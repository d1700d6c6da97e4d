import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DATA_FILE, OFFLINE_LIST, type OfflineFile } from './dataFiles.ts';

/**
 * Writes `offline-files.json`: every data file of the build (models and wasm, see dataFiles.ts)
 * with its size, so "Make available offline" knows what to fetch and the total for its progress
 * bar. It reads the written assets folder rather than the bundle, because worker builds emit
 * their own assets (tfjs's wasm) that the main bundle object does not list.
 * Runs in writeBundle, before vite-plugin-pwa's closeBundle builds the precache from the folder.
 */
export function offlineListPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'concept-notebook-offline-list',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle() {
      const assets = resolve(outDir, 'assets');
      const files: OfflineFile[] = readdirSync(assets)
        .map((name) => `assets/${name}`)
        .filter((url) => DATA_FILE.test(`/${url}`))
        .sort()
        .map((url) => ({ url, bytes: statSync(resolve(outDir, url)).size }));
      if (files.length === 0) this.error(`no model or wasm file in ${assets}: the offline list would be empty`);
      writeFileSync(resolve(outDir, OFFLINE_LIST), JSON.stringify(files, null, 1));
    },
  };
}
