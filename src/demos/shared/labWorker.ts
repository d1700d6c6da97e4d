/** The fitting and fine-tuning demos' training worker (models/train/lab.worker.ts), as Vite bundles a module worker. */
export const makeLabWorker = (): Worker => new Worker(new URL('../../models/train/lab.worker.ts', import.meta.url), { type: 'module' });
