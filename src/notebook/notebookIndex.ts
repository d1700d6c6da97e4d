import * as generated from 'virtual:notebooks';
import type { NotebookMeta, RenderedNotebook } from './types';

/** The build-time notebook index (see vitePlugin.ts), typed. Metadata is eager; pages are lazy chunks. */
export const notebooks = generated.notebooks as NotebookMeta[];
export const loaders = generated.loaders as Record<string, () => Promise<{ default: RenderedNotebook }>>;
