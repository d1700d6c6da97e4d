import { TrainControl } from './control';
import { clampParams, type Emit, type FromWorker, type ToWorker, type TrainParams } from './protocol';

/**
 * Wires a training loop to a worker's message port: `start` runs the loop (stopping a run
 * still in progress first), pause / resume / stop go to its TrainControl. Sample images are
 * transferred, not copied. A start's `runId` is echoed on every message of that run. `prepare` runs once before the first start (backend choice).
 */
export interface WorkerPort {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

export type TrainLoop = (params: TrainParams, emit: Emit, control: TrainControl) => Promise<void>;

export function serveTraining(port: WorkerPort, loop: TrainLoop, prepare?: () => Promise<unknown>): void {
  let control: TrainControl | undefined;
  let running: Promise<void> | undefined;
  const emitter =
    (runId: number | undefined): Emit =>
    (m: FromWorker) => {
      const transfer = m.type === 'progress' && m.samples ? m.samples.map((s) => s.image.buffer as ArrayBuffer) : [];
      port.postMessage(runId === undefined ? m : { ...m, runId }, transfer);
    };
  port.onmessage = async (event: MessageEvent) => {
    const message = event.data as ToWorker;
    if (message.type !== 'start') {
      control?.handle(message);
      return;
    }
    if (running) {
      control?.stop();
      await running;
    }
    const c = (control = new TrainControl());
    const emit = emitter(message.params.runId);
    running = (async () => {
      try {
        await prepare?.();
        await loop(clampParams(message.params), emit, c);
      } catch (e) {
        emit({ type: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    })();
    await running;
    running = undefined;
  };
}
