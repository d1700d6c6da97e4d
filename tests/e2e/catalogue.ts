import { resolve } from 'node:path';
import { notebookFiles } from '../../src/notebook/vitePlugin';
import { slugFromFile } from '../../src/notebook/markdown';
import { demos } from '../../src/notebook/registry';

/** What the browser tests walk: every notebook file and every registered demo. */
export const notebooks = notebookFiles(resolve(import.meta.dirname, '../../notebooks')).map(slugFromFile);
export const demoIds = Object.keys(demos);
