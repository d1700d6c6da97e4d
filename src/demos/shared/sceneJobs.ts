import { seededSpectrumField } from '../ctf/spectrumField';
import { detectionScenes } from '../detection-metrics/detectionScenes';
import { heldOutShapes } from '../detection-metrics/heldOutShapes';
import { FUSION_COUNT } from '../multi-model/meta';
import { fusionScenes, type SceneRequest as FusionRequest } from '../multi-model/scenes';
import { distanceScenes } from '../vit/distanceScenes';
import type { JobHandler, JobProgress } from './serveJobs';

/**
 * Every job the scenes worker (scenes.worker.ts) can run, by name: each renders a demo's held-out
 * scenes (a few hundred milliseconds of antialiased drawing) or draws its fixed noise, too long for the page. The
 * names and the functions' types are the worker's protocol; each function stays in its demo's folder,
 * where its unit tests find it. `satisfies` holds every entry to serveJobs' (params, progress) call,
 * so a function whose second parameter means something else (fusionScenes' count) needs an adapter.
 */
export const sceneJobs = {
  heldOutShapes,
  detectionScenes,
  distanceScenes,
  spectrumField: seededSpectrumField,
  // The only job long enough for a progress bar: 300 scenes, reported every 50.
  fusionScenes: (request: FusionRequest, progress: (p: JobProgress) => void) =>
    fusionScenes(request, FUSION_COUNT, (done) => progress({ done, total: FUSION_COUNT, stage: 'rendering scenes' })),
} satisfies Record<string, JobHandler<never, unknown>>;

export type SceneJobs = typeof sceneJobs;
export type SceneJobName = keyof SceneJobs;
export type SceneParams<K extends SceneJobName> = Parameters<SceneJobs[K]>[0];
export type SceneResult<K extends SceneJobName> = ReturnType<SceneJobs[K]>;

/** The job a scenes worker serves, by the name it was started with; an unknown name, an inherited one included, is an error. */
export function sceneJob(name: string): JobHandler<never, unknown> {
  if (!Object.hasOwn(sceneJobs, name)) throw new Error(`no scenes job called "${name}"`);
  return sceneJobs[name as SceneJobName];
}
