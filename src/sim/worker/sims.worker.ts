/**
 * The sims Web Worker: every system-design demo's simulation runs here, so a slider never waits
 * for a simulation on the main thread. Create it as a Vite module worker:
 *   new Worker(new URL('./sims.worker.ts', import.meta.url), { type: 'module' })
 * and speak ./protocol.ts.
 */
import type { SimPort } from './protocol';
import { serveSims } from './serveSims';

serveSims(self as unknown as SimPort);
