export type { ClaimedJob, JobHandler } from './claimed-job.js';
export { listDeadJobs, retryDeadJob, type DeadJob } from './dead-jobs.js';
export { enqueueJob, JOBS_CHANNEL, type NewJob } from './enqueue-job.js';
export { PermanentJobError } from './job-errors.js';
export { RetryLater } from '../../../ports/retry-later.js';
export { JobWorker, type JobWorkerOptions } from './job-worker.js';
export type { Backoff } from './retry-delay.js';
