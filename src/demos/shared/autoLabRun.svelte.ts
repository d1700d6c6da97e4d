import { onDestroy } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { LabParams } from '../../models/train/labParams';
import { TrainingRun } from '../training/trainingRun.svelte';
import { whenVisible } from './whenVisible';
import { makeLabWorker } from './labWorker';

/**
 * A live run on the lab worker (fitting, fine-tuning) that trains once its demo is scrolled into view
 * (`attach` goes on the demo's root) and again, debounced, whenever `params()` changes, so the
 * default view shows its claim without a click and every control re-runs it (under reduced motion its
 * charts are drawn when the run ends, not as it goes). Call during component
 * initialisation: it owns an effect and disposes the worker with the component.
 */
export function autoLabRun(params: () => LabParams, debounceMs = 250): { run: TrainingRun; attach: Attachment; train: () => void } {
  // Nobody asked for this run: under reduced motion its curves appear once, when it ends, instead of growing.
  const run = new TrainingRun(makeLabWorker, { drawAtEnd: matchMedia('(prefers-reduced-motion: reduce)').matches });
  onDestroy(() => run.dispose());
  let visible = $state(false);
  $effect(() => {
    const p = params();
    if (!visible) return;
    const t = setTimeout(() => run.start(p), debounceMs);
    return () => clearTimeout(t);
  });
  return { run, attach: whenVisible(() => (visible = true)), train: () => run.start(params()) };
}
