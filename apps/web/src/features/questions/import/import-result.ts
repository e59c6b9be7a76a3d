import { z } from 'zod';
import type { JobDto } from '@cm/contracts';

const duplicateSchema = z.object({ row: z.number(), message: z.string().optional().default('') });
const resultSchema = z.object({ created: z.number(), duplicates: z.array(duplicateSchema).optional().default([]) });

export interface QuestionImportResult {
  created: number;
  duplicates: { row: number; message: string }[];
}

/** `result` of a completed question import: the created count and the possible duplicates. */
export function questionImportResult(job: JobDto): QuestionImportResult | null {
  const parsed = resultSchema.safeParse(job.result);
  return parsed.success ? parsed.data : null;
}
