import { z } from 'zod';

/** Queue names never change (architecture rule 5). */
export const QUEUE_NAME = 'cm-jobs';
/** Grading has a queue of its own: a deadline burst of submissions is graded at its own
 * concurrency, in batches, and never waits behind imports or paper assembly (ADR 0013). */
export const GRADING_QUEUE_NAME = 'cm-grading';

/** The queue a job is delivered on. */
export function queueNameOf(jobName: string): string {
  return jobName === 'grade-attempt' ? GRADING_QUEUE_NAME : QUEUE_NAME;
}

export const JOB_STATES = ['waiting', 'active', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** Every job name and its payload schema; payloads are validated when consumed. */
export const JOB_PAYLOADS = {
  'import-users': z.object({ uploadId: z.uuid(), actorId: z.uuid() }),
  'noop-probe': z.object({ note: z.string().max(200) }),
  'submit-overdue': z.object({ attemptId: z.uuid() }),
  'grade-attempt': z.object({ attemptId: z.uuid() }),
  'regrade-preview': z.object({ regradeId: z.uuid() }),
  'assemble-forms': z.object({ sessionId: z.uuid(), candidateIds: z.array(z.uuid()).nullable() }),
  'recommend-session': z.object({ sessionId: z.uuid(), actorId: z.uuid() }),
  'import-questions': z.object({
    uploadId: z.uuid(),
    actorId: z.uuid(),
    format: z.enum(['xlsx', 'moodle', 'gift']),
    defaultNodeId: z.uuid().nullable(),
    trackId: z.uuid().nullable(),
    submit: z.boolean(),
  }),
} as const;
export type JobName = keyof typeof JOB_PAYLOADS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOB_PAYLOADS)[N]>;

export interface JobDto {
  id: string;
  name: string;
  state: JobState;
  progress: number;
  result?: unknown;
  error?: { code: string; message: string; details?: Record<string, unknown> };
  createdAt: string;
  updatedAt: string;
}

/** What admins see of a job in the failed list: its tries and who started it. */
export interface AdminJobDto extends JobDto {
  attempts: number;
  maxAttempts: number;
  runAt: string;
  finishedAt: string | null;
  createdBy: string | null;
  createdByName: string | null;
}
