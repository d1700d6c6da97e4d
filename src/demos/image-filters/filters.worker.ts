/**
 * The image-filters demo's worker: runs one panel's kernels (compute.ts) off the main thread, so
 * a 15×15 median or morphology never blocks the page. Created as a Vite module worker:
 *   new Worker(new URL('./filters.worker.ts', import.meta.url), { type: 'module' })
 */
import { serveJobs, type JobPort } from '../shared/serveJobs';
import { runTask, type Task, type TaskResult } from './compute';

serveJobs(self as unknown as JobPort<Task, TaskResult>, (request) => runTask(request));
