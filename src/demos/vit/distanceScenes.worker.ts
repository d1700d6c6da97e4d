/**
 * Renders the vit demo's distance-plot scenes off the main thread.
 *   new Worker(new URL('./distanceScenes.worker.ts', import.meta.url), { type: 'module' })
 */
import { serveJobs, type JobPort } from '../shared/serveJobs';
import type { VitBatch } from '../../models/vit/data';
import { distanceScenes } from './distanceScenes';

serveJobs(self as unknown as JobPort<number, VitBatch>, (count) => distanceScenes(count));
