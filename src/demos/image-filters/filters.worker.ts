/**
 * The image-filters demo's worker: runs one panel's kernels (compute.ts) off the main thread, so
 * a 15×15 median or morphology never blocks the page. Created as a Vite module worker:
 *   new Worker(new URL('./filters.worker.ts', import.meta.url), { type: 'module' })
 */
import { serveTasks } from '../shared/taskWorker';
import { runTask, type Task, type TaskResult } from './compute';

serveTasks<Task, TaskResult>(self as unknown as Parameters<typeof serveTasks>[0], runTask);
