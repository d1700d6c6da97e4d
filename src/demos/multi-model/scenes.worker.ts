/**
 * Renders (and corrupts) the fusion demo's 300 held-out scenes off the main thread.
 *   new Worker(new URL('./scenes.worker.ts', import.meta.url), { type: 'module' })
 */
import { serveJobs, type JobPort } from '../shared/serveJobs';
import { fusionScenes, type FusionScenes, type SceneRequest } from './scenes';
import { FUSION_COUNT } from './meta';

serveJobs(self as unknown as JobPort<SceneRequest, FusionScenes>, (req, progress) =>
  fusionScenes(req, FUSION_COUNT, (done) => progress({ done, total: FUSION_COUNT, stage: 'rendering scenes' })),
);
