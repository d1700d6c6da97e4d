/**
 * Web Worker for the receptive-field panel: the gradient of one output pixel through the shipped
 * U-Net (effectiveField.ts) takes longer than a frame, so it runs here. Create it as a module worker:
 *   new Worker(new URL('./receptive.worker.ts', import.meta.url), { type: 'module' })
 */
import { serveJobs, type JobPort } from '../shared/serveJobs';
import { effectiveField, type FieldRequest, type FieldResult } from './effectiveField';

serveJobs<FieldRequest, FieldResult>(self as unknown as JobPort<FieldRequest, FieldResult>, effectiveField);
