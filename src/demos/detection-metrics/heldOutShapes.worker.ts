/**
 * Renders the classifier panel's held-out shapes off the main thread (300 antialiased scenes
 * take about half a second).
 *   new Worker(new URL('./heldOutShapes.worker.ts', import.meta.url), { type: 'module' })
 */
import { serveJobs, type JobPort } from '../shared/serveJobs';
import { heldOutShapes, type HeldOutShapes } from './heldOutShapes';

serveJobs(self as unknown as JobPort<number, HeldOutShapes>, (count) => heldOutShapes(count));
