import { z } from 'zod';
import type { ImportRowError, JobDto } from '@cm/contracts';

const importResultSchema = z.object({ created: z.number() });
const rowErrorSchema = z.object({
  row: z.number(),
  column: z.string().optional().default(''),
  code: z.string().optional().default(''),
  message: z.string().optional().default(''),
});
const rowErrorsSchema = z.object({ rows: z.array(rowErrorSchema) });

/** `result.created` of a completed import job, or null when the result has another shape. */
export function importCreatedCount(job: JobDto): number | null {
  const parsed = importResultSchema.safeParse(job.result);
  return parsed.success ? parsed.data.created : null;
}

/** `error.details.rows` of a failed import job (empty when the failure was not row-level). */
export function importRowErrors(job: JobDto): ImportRowError[] {
  const parsed = rowErrorsSchema.safeParse(job.error?.details);
  return parsed.success ? parsed.data.rows : [];
}
