/**
 * Renders the metrics demo's held-out scenes off the main thread.
 *   new Worker(new URL('./detectionScenes.worker.ts', import.meta.url), { type: 'module' })
 */
import { serveJobs, type JobPort } from '../shared/serveJobs';
import { detectionScenes, type DetectionScenes, type SceneRequest } from './detectionScenes';

serveJobs(self as unknown as JobPort<SceneRequest, DetectionScenes>, (request) => detectionScenes(request));
