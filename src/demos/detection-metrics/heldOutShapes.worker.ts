/**
 * Renders the classifier panel's held-out shapes off the main thread (300 antialiased scenes
 * take about half a second).
 *   new Worker(new URL('./heldOutShapes.worker.ts', import.meta.url), { type: 'module' })
 */
import { serveTasks } from '../shared/taskWorker';
import { heldOutShapes, type HeldOutShapes } from './heldOutShapes';

serveTasks<number, HeldOutShapes>(self as unknown as Parameters<typeof serveTasks>[0], heldOutShapes);
