import { resolve } from 'node:path';
import { notebookFiles } from '../../src/notebook/vitePlugin';
import { slugFromFile } from '../../src/notebook/markdown';
import { demos } from '../../src/notebook/registry';
import { nonEmpty } from '../nonEmpty';

/** What the browser tests walk: every notebook file and every registered demo. */
export const notebooks = notebookFiles(resolve(import.meta.dirname, '../../notebooks')).map(slugFromFile);
export const demoIds = Object.keys(demos);

/** Every route a reader can land on: home, each notebook, each demo. */
export const routes = nonEmpty(['#/', ...notebooks.map((s) => `#/${s}`), ...demoIds.map((id) => `#/demo/${id}`)], 'route list');
