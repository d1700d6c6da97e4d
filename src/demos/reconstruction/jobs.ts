import type { ReconRequest, ReconResult } from './pipeline';
import type { ClassRequest, ClassResult } from './particles';

/** The two jobs the reconstruction worker runs. */
export type Job = { kind: 'recon'; request: ReconRequest } | { kind: 'classes'; request: ClassRequest };
export type JobResult = { kind: 'recon'; result: ReconResult } | { kind: 'classes'; result: ClassResult };
