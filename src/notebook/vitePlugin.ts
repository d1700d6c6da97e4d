import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import MiniSearch from 'minisearch';
import { renderNotebook, slugFromFile } from './markdown.ts';
import { searchPassages } from './search/searchPassages.ts';
import { searchOptions } from './search/searchOptions.ts';

/**
 * Turns notebooks/NN-slug.md into lazy JS modules at build time, plus `virtual:notebooks`:
 * an index of every notebook's metadata (small, eager) and a loader per notebook (lazy chunk),
 * and `virtual:search-index`: the MiniSearch index of every notebook's text, serialised (a lazy chunk).
 */
const VIRTUAL = 'virtual:notebooks';
const RESOLVED = '\0' + VIRTUAL;
const SEARCH = 'virtual:search-index';
const SEARCH_RESOLVED = '\0' + SEARCH;
const NOTEBOOK_FILE = /^\d\d-[\w-]+\.md$/;

export function notebookFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => NOTEBOOK_FILE.test(f))
    .sort();
}

export function notebooksPlugin(dir = resolve('notebooks')): Plugin {
  const isNotebook = (id: string) => id.startsWith(dir + '/') && NOTEBOOK_FILE.test(id.slice(dir.length + 1));
  return {
    name: 'concept-notebooks',
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : id === SEARCH ? SEARCH_RESOLVED : undefined;
    },
    load(id) {
      if (id === RESOLVED) {
        const files = notebookFiles(dir);
        const metas = files.map((f) => renderNotebook(slugFromFile(f), readFileSync(resolve(dir, f), 'utf8')).meta);
        metas.sort((a, b) => a.order - b.order);
        const loaders = files.map((f) => `  ${JSON.stringify(slugFromFile(f))}: () => import(${JSON.stringify(resolve(dir, f))}),`).join('\n');
        return `export const notebooks = ${JSON.stringify(metas)};\nexport const loaders = {\n${loaders}\n};\n`;
      }
      if (id === SEARCH_RESOLVED) {
        const docs = notebookFiles(dir).flatMap((f) => {
          const source = readFileSync(resolve(dir, f), 'utf8');
          return searchPassages(renderNotebook(slugFromFile(f), source).meta, source);
        });
        const index = new MiniSearch(searchOptions);
        index.addAll(docs);
        return `export default ${JSON.stringify(JSON.stringify(index))};`;
      }
      if (isNotebook(id)) {
        this.addWatchFile(id);
        const rendered = renderNotebook(slugFromFile(id), readFileSync(id, 'utf8'));
        return `export default ${JSON.stringify(rendered)};`;
      }
      return undefined;
    },
    handleHotUpdate({ file, server }) {
      if (isNotebook(file)) {
        for (const virtual of [RESOLVED, SEARCH_RESOLVED]) {
          const mod = server.moduleGraph.getModuleById(virtual);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
      }
    },
  };
}
