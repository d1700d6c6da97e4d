import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectionScenes } from '../../../src/demos/detection-metrics/detectionScenes';
import { heldOutShapes } from '../../../src/demos/detection-metrics/heldOutShapes';
import { FUSION_COUNT } from '../../../src/demos/multi-model/meta';
import { fusionScenes } from '../../../src/demos/multi-model/scenes';
import { sceneJob } from '../../../src/demos/shared/sceneJobs';
import type { JobProgress } from '../../../src/demos/shared/serveJobs';
import { distanceScenes } from '../../../src/demos/vit/distanceScenes';
import { spectrumField } from '../../../src/demos/ctf/spectrumField';
import { randomSeeded } from '../../../src/kernels/random';

/** A result's bytes, typed arrays as their raw buffers and the rest as JSON, so "the same scenes" means byte for byte. */
function digest(value: unknown): string {
  const h = createHash('sha256');
  const walk = (v: unknown): void => {
    if (ArrayBuffer.isView(v)) h.update(`${v.constructor.name}:`).update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        h.update(`${k}=`);
        walk(x);
      }
    else h.update(JSON.stringify(v));
  };
  walk(value);
  return h.digest('hex');
}

const noProgress = () => {};

describe('sceneJobs', () => {
  it('each job served by name renders the same scenes, byte for byte, as its demo function called directly', async () => {
    const run = (name: string, params: unknown) => sceneJob(name)(params as never, noProgress);
    expect(digest(await run('heldOutShapes', 12))).toBe(digest(heldOutShapes(12)));
    for (const layout of ['stream', 'empty', 'crowded'] as const)
      expect(digest(await run('detectionScenes', { layout, count: 3 }))).toBe(digest(detectionScenes({ layout, count: 3 })));
    expect(digest(await run('distanceScenes', 4))).toBe(digest(distanceScenes(4)));
    const req = { corruption: 'noise', level: 0.5 } as const;
    expect(digest(await run('fusionScenes', req))).toBe(digest(fusionScenes(req)));
    // ctf's noise field: the seed travels in the request, so the worker draws the field the page used to.
    const field = { size: 16, seed: 17, snr: 4, averages: 4 };
    expect(digest(await run('spectrumField', field))).toBe(digest(spectrumField(16, randomSeeded(17), 4, 4)));
    expect(digest(await run('spectrumField', { ...field, seed: 18 }))).not.toBe(digest(spectrumField(16, randomSeeded(17), 4, 4)));
  });

  it('fusionScenes renders all FUSION_COUNT scenes and reports progress every 50, labelled for the progress bar', async () => {
    const seen: JobProgress[] = [];
    const r = (await sceneJob('fusionScenes')({ corruption: 'none', level: 0 } as never, (p) => seen.push(p))) as ReturnType<typeof fusionScenes>;
    expect(r.shapes.length).toBe(FUSION_COUNT);
    expect(seen.map((p) => p.done)).toEqual(Array.from({ length: FUSION_COUNT / 50 }, (_, i) => 50 * (i + 1)));
    expect(seen.every((p) => p.total === FUSION_COUNT && p.stage === 'rendering scenes')).toBe(true);
  });

  it('an unknown job name, or one inherited from Object.prototype, is an error naming it', () => {
    expect(() => sceneJob('nope')).toThrow('no scenes job called "nope"');
    expect(() => sceneJob('constructor')).toThrow('no scenes job called "constructor"');
    expect(() => sceneJob('toString')).toThrow('no scenes job called "toString"');
  });
});
