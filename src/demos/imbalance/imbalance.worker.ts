/**
 * The imbalance demo's worker: builds the data set and trains the four models of a request
 * (compareMethods), off the main thread, reporting each stage. The protocol is serveJobs'.
 */
import { compareMethods, type ImbalanceRequest, type ImbalanceResult } from '../../models/imbalance/compareMethods';
import { serveJobs, type JobPort } from '../shared/serveJobs';

serveJobs<ImbalanceRequest, ImbalanceResult>(self as unknown as JobPort<ImbalanceRequest, ImbalanceResult>, (request, progress) =>
  compareMethods(request, (done, stage) => progress({ done, total: 5, stage })),
);
