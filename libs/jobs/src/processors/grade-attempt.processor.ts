import { gradeJobs } from '../grading/grade-jobs';
import { JobRefusal, type JobHandler } from './processor.types';

/** Grades one submitted attempt (see gradeJobs); the write that stores the grades records the
 * job completed, so graded and done commit together. The queue worker grades deliveries that
 * arrive together as one batch (runtime/grading-batch.ts); this handler is the one-at-a-time
 * path: embedded mode, and the jobs of a batch that failed as a whole. */
export const gradeAttempt: JobHandler<'grade-attempt'> = async ({ jobId, ds, recorded }) => {
  const g = (await gradeJobs(ds, [jobId], 'held')).byJob.get(jobId);
  if (!g || g.outcome === 'skipped') throw new Error(`grading job ${jobId} is no longer held by this worker`);
  if (g.outcome === 'refused') throw new JobRefusal(g.error.code, g.error.message);
  recorded();
  return g.result;
};
