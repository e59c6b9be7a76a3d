import { z } from 'zod';
import { pageQuerySchema } from './common';

export const MARKING_TASK_STATUSES = ['open', 'done'] as const;

export const listMarkingTasksQuerySchema = pageQuerySchema.extend({
  status: z.enum(['open', 'done', 'all']).default('open'),
  sessionId: z.uuid().optional(),
  /** `mine`: only tasks assigned to the caller; `unassigned`: nobody's yet */
  scope: z.enum(['all', 'mine', 'unassigned']).default('all'),
});
export type ListMarkingTasksQuery = z.infer<typeof listMarkingTasksQuerySchema>;

export const assignMarkingTaskSchema = z.object({ trainerId: z.uuid() }).strict();

export const scoreMarkingTaskSchema = z
  .object({
    scores: z.array(z.object({ criterion: z.string().min(1).max(500), points: z.number().finite() }).strict()).min(1).max(20),
    comment: z.string().trim().max(2000).optional(),
  })
  .strict();
export type ScoreMarkingTask = z.infer<typeof scoreMarkingTaskSchema>;

/** Round-robin distribution of a session's unassigned tasks over the given (or all active) trainers. */
export const distributeMarkingSchema = z.object({ trainerIds: z.array(z.uuid()).min(1).max(200).optional() }).strict();

export const sessionResultsQuerySchema = pageQuerySchema.extend({
  status: z.enum(['all', 'graded', 'pending', 'passed', 'failed']).default('all'),
});

export const createRegradeSchema = z.object({ questionIds: z.array(z.uuid()).min(1).max(500).optional() }).strict();
