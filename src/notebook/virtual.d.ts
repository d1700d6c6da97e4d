declare module 'virtual:notebooks' {
  import type { NotebookMeta, RenderedNotebook } from './types';
  export const notebooks: NotebookMeta[];
  export const loaders: Record<string, () => Promise<{ default: RenderedNotebook }>>;
}
