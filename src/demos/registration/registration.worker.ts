/**
 * The registration demo's worker: renders both images and runs one method (compute.ts) off the
 * main thread; Fourier–Mellin and RANSAC with many false matches take hundreds of milliseconds.
 *   new Worker(new URL('./registration.worker.ts', import.meta.url), { type: 'module' })
 */
import { serveTasks } from '../shared/taskWorker';
import { runRegistration, type RegResult, type RegTask } from './compute';

serveTasks<RegTask, RegResult>(self as unknown as Parameters<typeof serveTasks>[0], runRegistration);
