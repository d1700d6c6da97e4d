/**
 * Web Worker for the reconstruction demo: projections, back-projections, the half-set FRC and
 * 2-D classification run here, so a 256² FBP never blocks the page. Create it as a module worker:
 *   new Worker(new URL('./reconstruction.worker.ts', import.meta.url), { type: 'module' })
 */
import { serveJobs, type JobPort } from '../shared/serveJobs';
import { reconstruct } from './pipeline';
import { classify } from './particles';
import type { Job, JobResult } from './jobs';

serveJobs<Job, JobResult>(self as unknown as JobPort<Job, JobResult>, (job, progress) =>
  job.kind === 'recon' ? { kind: 'recon', result: reconstruct(job.request, progress) } : { kind: 'classes', result: classify(job.request, progress) },
);
