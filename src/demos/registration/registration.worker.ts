/**
 * The registration demo's worker: renders both images and runs one method (compute.ts) off the
 * main thread; Fourier–Mellin and RANSAC with many false matches take hundreds of milliseconds.
 *   new Worker(new URL('./registration.worker.ts', import.meta.url), { type: 'module' })
 */
import { serveJobs, type JobPort } from '../shared/serveJobs';
import { runRegistration, type RegResult, type RegTask } from './compute';

serveJobs(self as unknown as JobPort<RegTask, RegResult>, (request) => runRegistration(request));
