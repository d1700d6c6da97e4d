/**
 * The scenes Web Worker: renders a demo's held-out scenes off the main thread. Each instance serves
 * the one job of sceneJobs it is named after (the Worker's `name`, set by `makeScenesWorker`), so
 * every panel gets its own worker and the page's thread list says which job each one runs; the
 * protocol is serveJobs'.
 */
import { sceneJob } from './sceneJobs';
import { serveJobs, type JobPort } from './serveJobs';

serveJobs(self as unknown as JobPort<never, unknown>, sceneJob(self.name));
