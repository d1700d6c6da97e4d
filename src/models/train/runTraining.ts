import { TrainControl } from './control';
import { DIVERGENCE_FACTOR, type Emit, type SamplePrediction, type TrainParams } from './protocol';

/**
 * The model-independent training driver: steps a Trainer, reports progress, watches for
 * divergence, honours pause/stop, and always ends with one done / error / diverged message.
 */
export interface Trainer {
  backend: string; // name shown in progress messages
  /** One optimisation step (1-based). Returns the loss before the update and batch metrics. */
  step(step: number): { loss: number; metrics: Record<string, number> };
  /** Validation metrics (keys get a "val" prefix) and sample predictions. */
  evaluate(sampleCount: number): { metrics: Record<string, number>; samples: SamplePrediction[] };
  dispose(): void;
}

const prefixed = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [`val${k[0].toUpperCase()}${k.slice(1)}`, v]));

export async function runTraining(params: TrainParams, makeTrainer: () => Trainer, emit: Emit, control = new TrainControl()): Promise<void> {
  const evalEvery = Math.max(1, params.evalEvery ?? 10);
  const sampleCount = params.sampleCount ?? 6;
  let trainer: Trainer | undefined;
  try {
    trainer = makeTrainer();
    let initialLoss = NaN;
    let last = { loss: NaN, metrics: {} as Record<string, number> };
    let lastVal: Record<string, number> = {};
    let step = 0;
    while (step < params.steps) {
      if (!(await control.checkpoint())) break;
      step++;
      last = trainer.step(step);
      if (step === 1) initialLoss = last.loss;
      // The first loss sets the scale: a healthy run stays near or below it.
      if (!Number.isFinite(last.loss) || last.loss > DIVERGENCE_FACTOR * initialLoss) {
        const reason = Number.isFinite(last.loss)
          ? `loss ${last.loss.toExponential(2)} > ${DIVERGENCE_FACTOR}× initial ${initialLoss.toFixed(3)}`
          : `loss is ${last.loss}`;
        emit({ type: 'diverged', step, loss: last.loss, initialLoss, reason });
        return;
      }
      const evaluate = step % evalEvery === 0 || step === params.steps;
      const ev = evaluate ? trainer.evaluate(sampleCount) : undefined;
      if (ev) lastVal = prefixed(ev.metrics);
      const metrics = ev ? { ...last.metrics, ...lastVal } : last.metrics;
      emit({
        type: 'progress',
        step,
        totalSteps: params.steps,
        loss: last.loss,
        metrics,
        samples: ev?.samples,
        elapsedMs: control.elapsedMs,
        backend: trainer.backend,
      });
    }
    emit({ type: 'done', step, loss: last.loss, metrics: { ...last.metrics, ...lastVal }, stopped: control.isStopped, elapsedMs: control.elapsedMs });
  } catch (e) {
    emit({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  } finally {
    trainer?.dispose();
  }
}
