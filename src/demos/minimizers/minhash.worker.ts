/**
 * Web Worker for the MinHash panel: hashing every k-mer of two genomes under ten seeds takes
 * seconds for 100 kb, so it runs here. Create it as a module worker:
 *   new Worker(new URL('./minhash.worker.ts', import.meta.url), { type: 'module' })
 */
import { serveJobs, type JobPort } from '../shared/serveJobs';
import { minHashExperiment, type MinHashRequest, type MinHashResult } from './minhash';

serveJobs<MinHashRequest, MinHashResult>(self as unknown as JobPort<MinHashRequest, MinHashResult>, (request, progress) =>
  minHashExperiment(request, progress),
);
